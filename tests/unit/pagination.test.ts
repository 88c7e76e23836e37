import { describe, expect, it } from 'vitest';
import { buildPages, pageNumbers, pagePath, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  it('splits into full pages and a last partial page, never an empty one', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, i) => i),
      20,
    );
    expect(pages.map((p) => [p.number, p.total, p.items.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 5],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(Array.from({ length: 45 }, (_, i) => i));
    expect(paginate(Array.from({ length: 40 }), 20)).toHaveLength(2);
  });

  it('gives an empty list one page, and refuses a page size below 1', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow('perPage must be ≥ 1');
  });
});

describe('pagePath and buildPages', () => {
  it('puts page 1 at the list path and later pages under page/N/', () => {
    expect(pagePath('/', 1)).toBe('/');
    expect(pagePath('/', 2)).toBe('/page/2/');
    expect(pagePath('/news/topics/x/', 3)).toBe('/news/topics/x/page/3/');
  });

  it('links each page to its neighbours', () => {
    const pages = buildPages([1, 2, 3, 4, 5], 2, '/');
    expect(pages.map((p) => [p.path, p.prevPath, p.nextPath])).toEqual([
      ['/', undefined, '/page/2/'],
      ['/page/2/', '/', '/page/3/'],
      ['/page/3/', '/page/2/', undefined],
    ]);
    expect(pages[1]!.links).toEqual([
      { number: 1, path: '/' },
      { number: 2, path: '/page/2/' },
      { number: 3, path: '/page/3/' },
    ]);
  });
});

describe('pageNumbers', () => {
  it('shows the ends and the pages around the current one, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    // A gap of one page shows the page instead.
    expect(pageNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
