/** Paging of every list (SG-17): the window to read and the `meta` block with relative links. */
import type { Request } from 'express';
import type { components } from '../../generated/core.ts';

export type PageMeta = components['schemas']['PageMeta'];

export interface PageRequest {
  page: number;
  per_page: number;
}

/** Rows to skip and to read for a page (page numbers start at 1). */
export function pageWindow({ page, per_page }: PageRequest): { offset: number; limit: number } {
  return { offset: (page - 1) * per_page, limit: per_page };
}

/** The URL of another page of the same request, relative, with every other query value kept. */
function pageLink(request: Request, page: number, perPage: number): string {
  const query = new URLSearchParams();
  // The 'simple' query parser gives strings, or arrays of strings for repeated names.
  for (const [name, value] of Object.entries(request.query as Record<string, string | string[]>)) {
    if (name === 'page' || name === 'per_page') continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, item);
  }
  query.set('page', String(page));
  query.set('per_page', String(perPage));
  return `${request.baseUrl}${request.path}?${query.toString()}`;
}

/** `meta` for one page; `next`/`prev` are "" at the ends (SG-17). */
export function pageMeta(request: Request, paging: PageRequest, total: number, count: number): PageMeta {
  const totalPage = Math.ceil(total / paging.per_page);
  return {
    links: {
      next: paging.page < totalPage ? pageLink(request, paging.page + 1, paging.per_page) : '',
      prev: paging.page > 1 ? pageLink(request, Math.min(paging.page - 1, totalPage), paging.per_page) : '',
    },
    total_data: total,
    count,
    per_page: paging.per_page,
    current_page: paging.page,
    total_page: totalPage,
  };
}
