/**
 * The search index is split into one Pagefind bundle per year of publication, merged by the
 * search page at search time: publishing today's story re-indexes this year's articles only, and
 * an old year's bundle is never rebuilt unless one of its own articles changes.
 */

/** The bundle a site with no articles gets, so the search page always has one to load. */
export const EMPTY_BUNDLE = 'none';

/**
 * The bundles of an edition whose articles were published in `years`, newest year first: `2025`
 * for the site's language, `es-2025` for the edition `es` (see editions.ts).
 */
export function bundleNames(years: Iterable<number>, edition = ''): string[] {
  const names = [...new Set(years)].sort((a, b) => b - a).map(String);
  const prefix = edition ? `${edition}-` : '';
  return (names.length > 0 ? names : [EMPTY_BUNDLE]).map((name) => prefix + name);
}

/** A bundle's folder under the site's base: `/pagefind/2025/`. */
export function bundlePath(base: string, name: string): string {
  return `${base}pagefind/${name}/`;
}
