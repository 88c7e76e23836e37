import type { ArticleStatus } from './articles.ts';

/**
 * What a listing shows of an article. Listings receive cards, never whole records, so a listing
 * page's cache key (the digest of its cards) covers everything it can show, and an edit to a
 * body or a file name does not re-render every page that lists the story.
 */
export interface Card {
  url: string;
  title: string;
  status: ArticleStatus;
  date: string;
  /** When the story was last changed, if it was: listings say "Updated". */
  updated?: string | undefined;
  authors: string[];
  source?: string | undefined;
  summary: string;
}

/** What a link to another story shows: the older and newer links, related stories. */
export interface StoryLink {
  url: string;
  title: string;
  date: string;
}

/** The card of an article. */
export function toCard(article: Card): Card {
  const { url, title, status, date, updated, authors, source, summary } = article;
  return { url, title, status, date, updated, authors, source, summary };
}

/** The link to an article. */
export function toStoryLink(article: StoryLink): StoryLink {
  const { url, title, date } = article;
  return { url, title, date };
}
