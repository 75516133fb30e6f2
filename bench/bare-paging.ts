/**
 * Paging of the bare server's list: the same window and `meta` (SG-17) as the API's, kept here
 * so that the bench does not depend on the runtime's internals (which change shape). The bench
 * checks that both servers answer identical bodies before it measures.
 */
import type { Request } from 'express';
import type { components } from '../generated/core.ts';

type PageMeta = components['schemas']['PageMeta'];

interface PageRequest {
  page: number;
  per_page: number;
}

export function pageWindow({ page, per_page }: PageRequest): { offset: number; limit: number } {
  return { offset: (page - 1) * per_page, limit: per_page };
}

function pageLink(request: Request, page: number, perPage: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query as Record<string, string | string[]>)) {
    if (name === 'page' || name === 'per_page') continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, item);
  }
  query.set('page', String(page));
  query.set('per_page', String(perPage));
  return `${request.baseUrl}${request.path}?${query.toString()}`;
}

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
