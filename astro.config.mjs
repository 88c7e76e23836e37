// @ts-check
import { defineConfig } from 'astro/config';
import { draftsInDevOnly } from './src/integrations/drafts.ts';
import { pagefindSearch } from './src/integrations/search.ts';
import { site } from './src/site.ts';

// Settings live in src/site.ts; this file only hands them to Astro.
export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.DATELINE_OUT_DIR || './dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Pages ship no JavaScript; nothing to prefetch.
  prefetch: false,
  integrations: [draftsInDevOnly(), pagefindSearch({ lang: site.lang })],
});
