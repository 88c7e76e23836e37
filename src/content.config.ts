import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoaders } from './content/loaders.ts';
import { articleSchema } from './content/articleSchema.ts';
import { authorSchema } from './content/authorSchema.ts';
import { buildNow, cache, settings, threads } from './settings.ts';

/** One sync of the content folders fills all three collections (see articleLoader.ts). */
const loaders = contentLoaders({
  dirs: settings.contentDirs,
  base: settings.base,
  timeZone: settings.timeZone,
  lang: settings.lang,
  now: buildNow,
  cache,
  threads,
});

export const collections = {
  /** The articles: every markdown file in the content folders but the profiles. */
  articles: defineCollection({ loader: loaders.articles, schema: articleSchema }),
  /** The author profiles: `authors/*.md` in each content folder. */
  authors: defineCollection({ loader: loaders.authors, schema: authorSchema }),
  /**
   * The photos beside the articles and profiles that these show, keyed by their path from the
   * project root: their size as shown and the digest of their bytes (see photoFiles.ts).
   */
  photos: defineCollection({
    loader: loaders.photos,
    schema: z.object({
      key: z.string(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      format: z.string(),
      digest: z.string(),
    }),
  }),
};
