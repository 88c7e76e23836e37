import { getCollection } from 'astro:content';
import { selectPublished } from '../lib/articles.ts';
import { site } from '../site.ts';
import type { Article } from './articleSchema.ts';

/** Every article a reader may see, newest first: the one list every page and feed starts from. */
export async function getPublishedArticles(): Promise<Article[]> {
  const entries = await getCollection('articles');
  return selectPublished(
    entries.map((entry) => entry.data),
    // The dev server shows drafts (marked "Draft") so editors can preview them; builds never do.
    { includeDrafts: __DATELINE_SHOW_DRAFTS__, timeZone: site.timeZone, lang: site.lang },
  );
}
