import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPublishedIndex } from '../build/publishedIndex.ts';
import { type SitemapPage, sitemapFiles, unlistedPaths } from '../lib/sitemap.ts';

/**
 * Writes the sitemaps (`sitemap-index.xml` and the files it names, see src/lib/sitemap.ts) at the
 * end of a build: every page the build made but those not for search engines (unlistedPaths).
 * An article carries its last change (`updated` or a correction) as `lastmod`, and its versions
 * in other languages as alternates, from the published index the content loader wrote during
 * this build: no built page is read again. Written on every build, so the output's sweep
 * (incrementalOutput.ts) sees them as fresh.
 */
export function sitemap(options: { publishedIndex: string }): AstroIntegration {
  let siteUrl = '';
  let base = '';
  return {
    name: 'dateline-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site)
          throw new Error('the sitemap needs the site URL (`site` in astro.config.mjs)');
        siteUrl = new URL(config.base, config.site).href;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const { stories } = await readPublishedIndex(options.publishedIndex);
        const entries = new Map(stories.map((entry) => [entry.url, entry]));
        const leftOut = unlistedPaths(
          base,
          new Set(stories.map((entry) => entry.edition)),
          stories.flatMap((entry) => entry.aliases),
        );
        const listed: SitemapPage[] = [];
        for (const { pathname } of pages) {
          // As written, as the records' paths are (a base like /noticias-ñ/ is not encoded).
          const path = `${base}${pathname}`;
          if (leftOut.has(path)) continue;
          const url = new URL(pathname, siteUrl);
          const entry = entries.get(path);
          listed.push({
            url: url.href,
            lastmod: entry?.modified,
            alternates: entry?.alternates.map((alternate) => ({
              lang: alternate.lang,
              url: new URL(alternate.url, url).href,
            })),
          });
        }
        const files = sitemapFiles(listed, siteUrl);
        const out = fileURLToPath(dir);
        await Promise.all([...files].map(([name, text]) => writeFile(join(out, name), text)));
        logger.info(`sitemap: ${listed.length} pages in ${files.size - 1} file(s)`);
      },
    },
  };
}
