import { defineCollection } from 'astro:content';
import { articleLoader } from './content/articleLoader.ts';
import { articleSchema } from './content/articleSchema.ts';
import { authorLoader } from './content/authorLoader.ts';
import { authorSchema } from './content/authorSchema.ts';
import { buildNow, cache, site, threads } from './site.ts';

/** The collections, read from the content folders by Dateline's own loaders: articles, and author profiles (`authors/`). */
export const collections = {
  articles: defineCollection({
    loader: articleLoader({
      dirs: site.contentDirs,
      base: site.base,
      timeZone: site.timeZone,
      lang: site.lang,
      now: buildNow,
      cache,
      threads,
    }),
    schema: articleSchema,
  }),
  authors: defineCollection({
    loader: authorLoader({ dirs: site.contentDirs, base: site.base, lang: site.lang }),
    schema: authorSchema,
  }),
};
