import { defineCollection } from 'astro:content';
import { articleLoader } from './content/articleLoader.ts';
import { articleSchema } from './content/articleSchema.ts';
import { buildNow, cache, site, threads } from './site.ts';

/**
 * The collection of articles, read from the content folders by Dateline's own loader, which
 * checks the author profiles too (see authorProfiles.ts).
 */
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
};
