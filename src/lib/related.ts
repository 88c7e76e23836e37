import { mustParseDate, sortTime } from './dates.ts';
import { type Topic, tagSlug } from './topics.ts';

/** What related-article ranking needs of an article. */
export interface Relatable {
  slug: string;
  date: string;
  tags: readonly string[];
}

/**
 * Up to `limit` articles sharing the most tags with `article`, then nearest in date, then by slug:
 * deterministic, never the article itself, and found through the tag index, not by comparing
 * every pair of articles.
 */
export function relatedArticles<T extends Relatable>(
  article: T,
  topics: ReadonlyMap<string, Topic<T>>,
  timeZone: string,
  limit = 3,
): T[] {
  const shared = new Map<T, number>();
  for (const slug of new Set(article.tags.map(tagSlug))) {
    for (const other of topics.get(slug)?.articles ?? []) {
      if (other.slug !== article.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const time = (a: T) => sortTime(mustParseDate(a.date), timeZone);
  const at = time(article);
  return [...shared.entries()]
    .map(([other, count]) => ({ other, count, distance: Math.abs(time(other) - at) }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.distance - b.distance ||
        (a.other.slug < b.other.slug ? -1 : a.other.slug > b.other.slug ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The next older and next newer article around index `i` of a newest-first list. */
export function neighbours<T>(
  articles: readonly T[],
  i: number,
): { older: T | undefined; newer: T | undefined } {
  return { older: articles[i + 1], newer: i > 0 ? articles[i - 1] : undefined };
}
