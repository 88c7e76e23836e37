/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has. */
  total: number;
  items: T[];
}

/** Splits `items` into pages of `perPage`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new Error(`perPage must be ≥ 1, got ${perPage}`);
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * perPage, (i + 1) * perPage),
  }));
}

/** The path of page `number` of a list whose first page is at `firstPath` (`/`, `/topics/x/`). */
export function pagePath(firstPath: string, number: number): string {
  return number === 1 ? firstPath : `${firstPath}page/${number}/`;
}

/** Page numbers to link, with `'gap'` where a run is left out: 1 … 4 5 6 … 20. */
export function pageNumbers(current: number, total: number, around = 2): (number | 'gap')[] {
  const shown = new Set([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | 'gap')[] = [];
  for (const [i, n] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous === 2) result.push(n - 1);
    else if (previous !== undefined && n - previous > 2) result.push('gap');
    result.push(n);
  }
  return result;
}

/** A page ready to render: its items, its own path, and where its neighbours and numbers lead. */
export interface PageView<T> extends Page<T> {
  path: string;
  prevPath: string | undefined;
  nextPath: string | undefined;
  links: ({ number: number; path: string } | 'gap')[];
}

/** Paginates `items` into pages under `firstPath`, each knowing its links. */
export function buildPages<T>(
  items: readonly T[],
  perPage: number,
  firstPath: string,
): PageView<T>[] {
  return paginate(items, perPage).map((page) => ({
    ...page,
    path: pagePath(firstPath, page.number),
    prevPath: page.number > 1 ? pagePath(firstPath, page.number - 1) : undefined,
    nextPath: page.number < page.total ? pagePath(firstPath, page.number + 1) : undefined,
    links: pageNumbers(page.number, page.total).map((n) =>
      n === 'gap' ? n : { number: n, path: pagePath(firstPath, n) },
    ),
  }));
}
