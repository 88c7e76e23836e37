/** Each edition's search page: which search bundles it merges (see searchBundles.ts). */
import { bundlePath, searchBundles } from '../lib/searchBundles.ts';
import { settings } from '../settings.ts';
import { editionPages } from './listings.ts';
import type { KeyedPage } from './routes.ts';
import type { SiteModel } from './site.ts';

/** Every edition's search page, with the bundles it merges, newest first. */
export function searchPages(site: SiteModel): KeyedPage<{ bundles: string[] }>[] {
  return editionPages(site, ({ archive }, key) => ({
    bundles: searchBundles(
      archive.flatMap(({ months }) =>
        months.map(({ key, articles }) => [key, articles.length] as const),
      ),
      key,
    ).map(({ name }) => bundlePath(settings.base, name)),
  }));
}
