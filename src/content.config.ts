import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { authorSchema } from './content/authorSchema.ts';
import { articleSchema } from './content/articleSchema.ts';
import { contentLoaders } from './content/loaders.ts';
import {
  buildNow,
  cache,
  editionsSource,
  liveNow,
  sectionsSource,
  settings,
  threads,
} from './settings.ts';

/** One sync of the content folders fills both collections (see content/loaders.ts). */
const loaders = contentLoaders({
  dirs: settings.contentDirs,
  base: settings.base,
  siteUrl: settings.url,
  timeZone: settings.timeZone,
  lang: settings.lang,
  now: buildNow,
  clock: liveNow,
  cache,
  threads,
  sections: { names: settings.sections, where: sectionsSource },
  editions: { langs: settings.editions.map((edition) => edition.lang), where: editionsSource },
});

/** What is known of a photo beside the articles (see content/photoFiles.ts). */
const photoSchema = z.object({
  key: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  format: z.string(),
  digest: z.string(),
});

export const collections = {
  /** The articles: every markdown file in the content folders but the profiles. */
  articles: defineCollection({ loader: loaders.articles, schema: articleSchema }),
  /**
   * What the articles refer to: the author profiles (`authors/*.md` in each content folder), one
   * entry each, and the photos beside the articles and profiles that these show, all in one entry
   * (each known by its path from the project root), with a summary that counts them.
   */
  catalogue: defineCollection({
    loader: loaders.catalogue,
    schema: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('author'), author: authorSchema }),
      z.object({ kind: z.literal('photos'), photos: z.array(photoSchema) }),
      z.object({ kind: z.literal('summary'), authors: z.number(), photos: z.number() }),
    ]),
  }),
};
