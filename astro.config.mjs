// @ts-check
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { adminInDev } from './src/integrations/adminInDev.ts';
import { contentStoreFile } from './src/integrations/contentStoreFile.ts';
import { contentWatch } from './src/integrations/contentWatch.ts';
import { draftsInDevOnly } from './src/integrations/drafts.ts';
import { hostFiles } from './src/integrations/hostFiles.ts';
import { incrementalOutput } from './src/integrations/incrementalOutput.ts';
import { photos } from './src/integrations/photos.ts';
import { pagefindSearch } from './src/integrations/search.ts';
import { socialCards } from './src/integrations/cards.ts';
import { settingsFileWatch } from './src/integrations/settingsFile.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { CARDS_FOLDER } from './src/lib/urls.ts';
import { PHOTOS_FOLDER } from './src/lib/photoSizes.ts';
import { cache, editionAt, settings, settingsFile } from './src/settings.ts';
import { cmsBackendFromEnv, cmsOrigins } from './src/cms/backend.ts';
import { adminPolicy } from './src/lib/securityPolicy.ts';
import { limitHeapGrowth } from './src/build/heapGrowth.ts';

// Every Astro command (build, dev, check) keeps its heap near what it holds (see heapGrowth.ts).
limitHeapGrowth();

// Settings live in content/site.yaml (read by src/settings.ts); this file only hands them to Astro.
// `dist/` is what a deployer uploads to the host's root: the site itself is in its base folder
// (`dist/news/` for BASE_PATH=/news/), and the files hosts read (_headers, _redirects) are at the
// root, where they look for them.
const uploadRoot = resolve(process.env.DATELINE_OUT_DIR || './dist');
const outDir = join(uploadRoot, settings.base);

export default defineConfig({
  site: settings.url,
  base: settings.base,
  trailingSlash: 'always',
  outDir,
  // Records, bodies, pages and the search index the next build reuses (DATELINE_CACHE_DIR moves it).
  cacheDir: settings.cacheDir,
  // A page whose cache key (see src/view/routes.ts) and code are unchanged is copied from
  // the last build instead of rendered again.
  experimental: { incrementalBuild: true },
  // Rendering several pages at once overlaps their file writes with the next pages' rendering:
  // a clean 10,000-article build's pages took 45 s four at once, 30 s 32 at once (bodies are
  // read through one bound, so a feed's many reads stay under an open-file limit of 1,024).
  // Each page carries its own CSS (4–5 KB gzipped): read in the first round trip, and a style
  // edit re-renders exactly the pages whose components it touches. One shared stylesheet would
  // need every page rendered again on any style edit, which Astro's page cache does not know.
  build: { format: 'directory', concurrency: 32, inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Pages ship no JavaScript; nothing to prefetch.
  prefetch: false,
  integrations: [
    draftsInDevOnly(),
    contentStoreFile(),
    adminInDev({ base: settings.base }),
    settingsFileWatch(resolve(settingsFile)),
    contentWatch(),
    sitemap({ publishedIndex: cache.published }),
    // Before the sweep below, so the files it writes every build are fresh, not swept and rewritten.
    hostFiles({
      base: settings.base,
      uploadRoot,
      publishedIndex: cache.published,
      adminPolicy: adminPolicy(cmsOrigins(cmsBackendFromEnv(process.env))),
    }),
    // Before the search index, the cards and the photos, which manage their own folders of the output.
    incrementalOutput({
      cacheDir: resolve(settings.cacheDir),
      uploadRoot,
      owned: ['pagefind', CARDS_FOLDER, PHOTOS_FOLDER],
    }),
    pagefindSearch({
      lang: settings.lang,
      base: settings.base,
      cache,
      timeZone: settings.timeZone,
      dateStyle: (edition) => editionAt(edition).dates,
    }),
    socialCards({ cache }),
    // Photos are made by Dateline (src/build/photoMaker.ts), not Astro's image pipeline, which
    // publishes every original beside its made sizes, EXIF and GPS included.
    photos({ cache, base: settings.base }),
  ],
});
