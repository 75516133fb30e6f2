/**
 * Paging of every list (SG-17): the window a repository reads, the page it returns, and the
 * `meta` block with relative links that the runtime adds to every list answer.
 */

/** One page of a list, as a repository reads it and a list handler returns it. */
export interface Page<T> {
  records: T[];
  /** Records in the whole list, not only this page. */
  total: number;
}

/** The `meta` of a list answer (spec/common/paging.yaml, SG-17). */
export interface PageMeta {
  links: { next: string; prev: string };
  total_data: number;
  count: number;
  per_page: number;
  current_page: number;
  total_page: number;
}

export interface PageRequest {
  page: number;
  per_page: number;
}

/** The URL a list was asked at: its path and its query values as sent. */
export interface ListUrl {
  path: string;
  query: Readonly<Record<string, string | readonly string[]>>;
}

/** Rows to skip and to read for a page (page numbers start at 1). */
export function pageWindow({ page, per_page }: PageRequest): { offset: number; limit: number } {
  return { offset: (page - 1) * per_page, limit: per_page };
}

/** The URL of another page of the same request, relative, with every other query value kept. */
function pageLink(url: ListUrl, page: number, perPage: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(url.query)) {
    if (name === 'page' || name === 'per_page') continue;
    for (const item of typeof value === 'string' ? [value] : value) query.append(name, item);
  }
  query.set('page', String(page));
  query.set('per_page', String(perPage));
  return `${url.path}?${query.toString()}`;
}

/** `meta` for one page; `next`/`prev` are "" at the ends (SG-17). */
export function pageMeta(url: ListUrl, paging: PageRequest, total: number, count: number): PageMeta {
  const totalPage = Math.ceil(total / paging.per_page);
  return {
    links: {
      next: paging.page < totalPage ? pageLink(url, paging.page + 1, paging.per_page) : '',
      prev: paging.page > 1 ? pageLink(url, Math.min(paging.page - 1, totalPage), paging.per_page) : '',
    },
    total_data: total,
    count,
    per_page: paging.per_page,
    current_page: paging.page,
    total_page: totalPage,
  };
}
