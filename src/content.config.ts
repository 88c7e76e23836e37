import { defineCollection } from 'astro:content';
import { articleLoader } from './content/articleLoader.ts';
import { articleSchema } from './content/articleSchema.ts';
import { buildNow, site } from './site.ts';

/** The collections: one, of articles, read from the content folders by Dateline's own loader. */
export const collections = {
  articles: defineCollection({
    loader: articleLoader({
      dirs: site.contentDirs,
      base: site.base,
      timeZone: site.timeZone,
      now: buildNow,
    }),
    schema: articleSchema,
  }),
};
