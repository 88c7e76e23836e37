import type { SitemapItem } from '@astrojs/sitemap';
import { readPublishedIndex } from '../content/publishedIndex.ts';

/**
 * A `serialize` hook for `@astrojs/sitemap` that sets each article's `lastmod` (its `updated`,
 * else its `date`, in the site's time zone) from the published index the content loader wrote
 * from the records during this build: no built page is read again.
 */
export function lastmodFromRecords(publishedIndex: string) {
  let modified: Promise<Map<string, string>> | undefined;
  return async (item: SitemapItem): Promise<SitemapItem> => {
    modified ??= readPublishedIndex(publishedIndex).then(
      (entries) => new Map(entries.map((entry) => [entry.url, entry.modified])),
    );
    const lastmod = (await modified).get(new URL(item.url).pathname);
    return lastmod ? { ...item, lastmod } : item;
  };
}
