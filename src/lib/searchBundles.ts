/**
 * The search index is split into Pagefind bundles by date of publication, merged by the search
 * page at search time: publishing today's story re-indexes its own bundle only, and an old
 * bundle is never rebuilt unless one of its own articles changes. A bundle is a year; a year with
 * more stories than a bundle may hold is split into runs of months.
 */

/** The bundle a site with no articles gets, so the search page always has one to load. */
export const EMPTY_BUNDLE = 'none';

/**
 * Most stories one bundle holds. Pagefind keeps every page of the bundle it is writing in memory
 * (about 0.12 MiB a story, so 600 MiB at this limit) while the pages render. Each bundle adds to
 * a reader's search: its metadata (about 21 kB at 2,800 stories) once, and for every word
 * searched one more index chunk (about 37 kB).
 */
export const BUNDLE_LIMIT = 5000;

/** One search bundle: its name and the months (`2025-03`) whose stories it holds, oldest first. */
export interface SearchBundle {
  name: string;
  months: string[];
}

/**
 * The bundles of an edition, newest first, from how many stories each month (`2025-03`) has: a
 * year of at most `limit` stories is one bundle (`2025`, or `es-2025` for the edition `es`, see
 * editions.ts); a bigger year is split into runs of consecutive months of at most `limit`
 * stories (a bigger month alone), each named by its first month (`2025-07`). Runs are filled
 * from January, so a story in a year's last month changes only that year's last run.
 */
export function searchBundles(
  counts: Iterable<readonly [month: string, count: number]>,
  edition = '',
  limit = BUNDLE_LIMIT,
): SearchBundle[] {
  const prefix = edition ? `${edition}-` : '';
  const years = new Map<string, [string, number][]>();
  for (const [month, count] of counts) {
    if (count <= 0) continue;
    const year = month.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), [month, count]]);
  }
  if (years.size === 0) return [{ name: prefix + EMPTY_BUNDLE, months: [] }];
  const bundles: SearchBundle[] = [];
  for (const year of [...years.keys()].sort().reverse()) {
    const months = years.get(year)!.sort(([a], [b]) => (a < b ? -1 : 1));
    const total = months.reduce((sum, [, count]) => sum + count, 0);
    if (total <= limit) {
      bundles.push({ name: prefix + year, months: months.map(([month]) => month) });
      continue;
    }
    const runs: [string, number][][] = [];
    for (const month of months) {
      const run = runs.at(-1);
      const size = run?.reduce((sum, [, count]) => sum + count, 0) ?? Infinity;
      if (run && size + month[1] <= limit) run.push(month);
      else runs.push([month]);
    }
    for (const run of runs.reverse()) {
      bundles.push({ name: prefix + run[0]![0], months: run.map(([month]) => month) });
    }
  }
  return bundles;
}

/** Which bundle holds each month's stories, by month. */
export function bundleOfMonth(bundles: readonly SearchBundle[]): Map<string, string> {
  return new Map(bundles.flatMap(({ name, months }) => months.map((month) => [month, name])));
}

/** A bundle's folder under the site's base: `/pagefind/2025/`. */
export function bundlePath(base: string, name: string): string {
  return `${base}pagefind/${name}/`;
}
