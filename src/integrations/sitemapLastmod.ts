import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

const MODIFIED = /<meta property="article:modified_time" content="([^"]+)"/;

/**
 * A `serialize` hook for `@astrojs/sitemap` that sets each article's `lastmod` from the
 * `article:modified_time` its built page declares (its `updated`, else its `date`). The built
 * page is the one place that date is already computed, in the site's time zone.
 */
export function lastmodFromBuiltPages(outDir: string, base: string) {
  return async (item: SitemapItem): Promise<SitemapItem> => {
    const path = new URL(item.url).pathname;
    if (!path.startsWith(`${base}articles/`)) return item;
    const file = join(outDir, decodeURIComponent(path.slice(base.length)), 'index.html');
    const match = MODIFIED.exec(await readFile(file, 'utf8'));
    return match ? { ...item, lastmod: match[1]! } : item;
  };
}
