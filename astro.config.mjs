// @ts-check
import { resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { draftsInDevOnly } from './src/integrations/drafts.ts';
import { headersUnderBase } from './src/integrations/headers.ts';
import { pagefindSearch } from './src/integrations/search.ts';
import { lastmodFromBuiltPages } from './src/integrations/sitemapLastmod.ts';
import { site } from './src/site.ts';

// Settings live in src/site.ts; this file only hands them to Astro.
const outDir = resolve(process.env.DATELINE_OUT_DIR || './dist');

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir,
  // The bench builds with a cache of its own, so it never touches the project's.
  ...(process.env.DATELINE_CACHE_DIR && { cacheDir: process.env.DATELINE_CACHE_DIR }),
  // Rendering several pages at once overlaps their file writes: 23 s → 20 s at 10,000 articles.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Pages ship no JavaScript; nothing to prefetch.
  prefetch: false,
  integrations: [
    draftsInDevOnly(),
    sitemap({
      filter: (page) => !page.endsWith('/search/'),
      serialize: lastmodFromBuiltPages(outDir, site.base),
    }),
    pagefindSearch({ lang: site.lang }),
    headersUnderBase(site.base),
  ],
});
