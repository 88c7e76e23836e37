// @ts-check
import { join, resolve } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { draftsInDevOnly } from './src/integrations/drafts.ts';
import { hostFiles } from './src/integrations/headers.ts';
import { incrementalOutput } from './src/integrations/incrementalOutput.ts';
import { photos } from './src/integrations/photos.ts';
import { pagefindSearch } from './src/integrations/search.ts';
import { socialCards } from './src/integrations/socialCards.ts';
import { lastmodFromRecords } from './src/integrations/sitemapLastmod.ts';
import { CARDS_FOLDER } from './src/lib/urls.ts';
import { PHOTOS_FOLDER } from './src/lib/photoSizes.ts';
import { cache, site } from './src/site.ts';

// Settings live in src/site.ts; this file only hands them to Astro.
// `dist/` is what a deployer uploads to the host's root: the site itself is in its base folder
// (`dist/news/` for BASE_PATH=/news/), and the files hosts read (_headers, _redirects) are at the
// root, where they look for them.
const uploadRoot = resolve(process.env.DATELINE_OUT_DIR || './dist');
const outDir = join(uploadRoot, site.base);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir,
  // Records, bodies, pages and the search index the next build reuses (DATELINE_CACHE_DIR moves it).
  cacheDir: site.cacheDir,
  // A page whose cache key (see src/content/siteData.ts) and code are unchanged is copied from
  // the last build instead of rendered again.
  experimental: { incrementalBuild: true },
  // Rendering several pages at once overlaps their file writes: 23 s → 20 s at 10,000 articles.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Pages ship no JavaScript; nothing to prefetch.
  prefetch: false,
  integrations: [
    draftsInDevOnly(),
    sitemap({
      filter: (page) => !page.endsWith('/search/'),
      serialize: lastmodFromRecords(cache.published),
    }),
    // Before the search index, the cards and the photos, which manage their own folders of the output.
    incrementalOutput({
      cacheDir: resolve(site.cacheDir),
      uploadRoot,
      owned: ['pagefind', CARDS_FOLDER, PHOTOS_FOLDER],
    }),
    pagefindSearch({ lang: site.lang, base: site.base, cache }),
    socialCards({ cache }),
    // Photos are made by Dateline (src/build/photoMaker.ts), not Astro's image pipeline, which
    // publishes every original beside its made sizes, EXIF and GPS included.
    photos({ cache, base: site.base }),
    hostFiles({ base: site.base, uploadRoot, publishedIndex: cache.published }),
  ],
});
