import type { SitemapItem } from '@astrojs/sitemap';
import { type PublishedEntry, readPublishedIndex } from '../build/publishedIndex.ts';

/**
 * A `serialize` hook for `@astrojs/sitemap` that sets each article's `lastmod` (its last change:
 * `updated` or a correction, in the site's time zone) and its versions in other languages
 * (`xhtml:link` alternates, as on the page) from the published index the content loader wrote
 * from the records during this build: no built page is read again. The old URLs of moved
 * stories (their aliases) are left out: they only send readers on.
 */
export function lastmodFromRecords(publishedIndex: string) {
  let index: Promise<{ entries: Map<string, PublishedEntry>; moved: Set<string> }> | undefined;
  return async (item: SitemapItem): Promise<SitemapItem | undefined> => {
    index ??= readPublishedIndex(publishedIndex).then(({ stories: entries }) => ({
      entries: new Map(entries.map((entry) => [entry.url, entry])),
      moved: new Set(entries.flatMap((entry) => entry.aliases)),
    }));
    const { entries, moved } = await index;
    const path = new URL(item.url).pathname;
    if (moved.has(path)) return undefined;
    const entry = entries.get(path);
    if (!entry) return item;
    const links = entry.alternates.map((alternate) => ({
      lang: alternate.lang,
      url: new URL(alternate.url, item.url).href,
    }));
    return { ...item, lastmod: entry.modified, ...(links.length > 0 && { links }) };
  };
}
