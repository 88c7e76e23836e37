import type { CollectionEntry } from 'astro:content';
import { type ArticleStatus, selectPublished } from '../lib/articles.ts';
import { buildNow, site } from '../site.ts';
import type { Article } from './articleSchema.ts';

/** An article as pages list it: the record and where it stands at build time. */
export type ListedArticle = Article & { status: ArticleStatus };

/** Every article a reader may see, newest first: the one list every page and feed starts from. */
export function getPublishedArticles(entries: CollectionEntry<'articles'>[]): ListedArticle[] {
  return selectPublished(
    entries.map((entry) => entry.data),
    // The dev server previews drafts and scheduled articles, marked; builds never show them.
    { preview: __DATELINE_SHOW_DRAFTS__, now: buildNow, timeZone: site.timeZone, lang: site.lang },
  );
}
