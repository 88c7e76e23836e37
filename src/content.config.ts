import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './content/articleLoader.ts';
import { articleSchema } from './content/articleSchema.ts';
import { photoLoader } from './content/photoLoader.ts';
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
  /**
   * The photos beside the articles, keyed by their path from the project root, each handed to
   * Astro's image pipeline (`image()`): pages show them through `astro:assets`.
   */
  photos: defineCollection({
    loader: photoLoader({ dirs: site.contentDirs }),
    schema: ({ image }) =>
      z.object({
        /** The photo, as Astro's image pipeline knows it: its size, format and file. */
        src: image(),
      }),
  }),
};
