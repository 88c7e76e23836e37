import type { SitemapItem } from '@astrojs/sitemap';
import { readPublishedIndex } from '../content/publishedIndex.ts';

/**
 * A `serialize` hook for `@astrojs/sitemap` that sets each article's `lastmod` (its last change:
 * `updated` or a correction, in the site's time zone) from the published index the content
 * loader wrote from the records during this build: no built page is read again. The old URLs of
 * moved stories (their aliases) are left out: they only send readers on.
 */
export function lastmodFromRecords(publishedIndex: string) {
  let index: Promise<{ modified: Map<string, string>; moved: Set<string> }> | undefined;
  return async (item: SitemapItem): Promise<SitemapItem | undefined> => {
    index ??= readPublishedIndex(publishedIndex).then((entries) => ({
      modified: new Map(entries.map((entry) => [entry.url, entry.modified])),
      moved: new Set(entries.flatMap((entry) => entry.aliases)),
    }));
    const { modified, moved } = await index;
    const path = new URL(item.url).pathname;
    if (moved.has(path)) return undefined;
    const lastmod = modified.get(path);
    return lastmod ? { ...item, lastmod } : item;
  };
}
