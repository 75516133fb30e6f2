/** SG-17 page meta: counts, pages and relative links with "" at the ends. */
import { describe, expect, it } from 'vitest';
import { pageMeta, pageWindow, type ListUrl } from '../../src/runtime/paging.ts';

const request = (query: Record<string, string | string[]> = {}) =>
  ({ path: '/api/ios/v1/product', query }) satisfies ListUrl;

describe('pageWindow', () => {
  it.each([
    [
      { page: 1, per_page: 20 },
      { offset: 0, limit: 20 },
    ],
    [
      { page: 3, per_page: 10 },
      { offset: 20, limit: 10 },
    ],
  ])('%o reads %o', (given, want) => {
    expect(pageWindow(given)).toEqual(want);
  });
});

describe('pageMeta', () => {
  it.each<
    [
      string,
      {
        page: number;
        total: number;
        count: number;
        want: { next: string; prev: string; total_page: number };
      },
    ]
  >([
    ['the only page', { page: 1, total: 5, count: 5, want: { next: '', prev: '', total_page: 1 } }],
    [
      'the first of three',
      {
        page: 1,
        total: 25,
        count: 10,
        want: { next: '/api/ios/v1/product?page=2&per_page=10', prev: '', total_page: 3 },
      },
    ],
    [
      'a middle page',
      {
        page: 2,
        total: 25,
        count: 10,
        want: {
          next: '/api/ios/v1/product?page=3&per_page=10',
          prev: '/api/ios/v1/product?page=1&per_page=10',
          total_page: 3,
        },
      },
    ],
    [
      'the last page',
      {
        page: 3,
        total: 25,
        count: 5,
        want: { next: '', prev: '/api/ios/v1/product?page=2&per_page=10', total_page: 3 },
      },
    ],
    [
      'an exact multiple',
      {
        page: 2,
        total: 20,
        count: 10,
        want: { next: '', prev: '/api/ios/v1/product?page=1&per_page=10', total_page: 2 },
      },
    ],
  ])('%s', (_name, { page, total, count, want }) => {
    const meta = pageMeta(request({ page: String(page) }), { page, per_page: 10 }, total, count);
    expect(meta).toEqual({
      links: { next: want.next, prev: want.prev },
      total_data: total,
      count,
      per_page: 10,
      current_page: page,
      total_page: want.total_page,
    });
  });

  it('keeps other query values (repeated ones too) in the links', () => {
    const meta = pageMeta(request({ tag: ['a', 'b'], page: '1' }), { page: 1, per_page: 1 }, 2, 1);
    expect(meta.links.next).toBe('/api/ios/v1/product?tag=a&tag=b&page=2&per_page=1');
  });
});
