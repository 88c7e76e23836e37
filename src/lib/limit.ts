import pLimit from 'p-limit';

/**
 * How many files Dateline's own file work keeps open at once. Far below any open-file limit a
 * build machine has (1,024 is common), with room left for Astro, Vite and Pagefind.
 */
export const FILE_CONCURRENCY = 64;

/** Maps `items` through an async function with at most `concurrency` calls running at once, keeping order. */
export function mapLimited<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
  concurrency: number = FILE_CONCURRENCY,
): Promise<R[]> {
  const limit = pLimit(concurrency);
  return Promise.all(items.map((item, index) => limit(() => fn(item, index))));
}
