import { type Topic, tagSlug } from './topics.ts';

/** What related-article ranking needs of an article. */
export interface Relatable {
  slug: string;
  tags: readonly string[];
}

/** A candidate's rank: more shared tags first, then nearer in time, then by slug. */
interface Candidate<T> {
  other: T;
  count: number;
  distance: number;
  slug: string;
}

/** Whether candidate `a` ranks before `b`. */
function ranksBefore<T>(a: Candidate<T>, b: Candidate<T>): boolean {
  if (a.count !== b.count) return a.count > b.count;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.slug < b.slug;
}

/**
 * Up to `limit` articles sharing the most tags with `article`, then nearest in time, then by slug:
 * deterministic, never the article itself, and found through the tag index rather than by
 * comparing every pair. `timeOf` gives each article's time, computed once by the caller.
 */
export function relatedArticles<T extends Relatable>(
  article: T,
  topics: ReadonlyMap<string, Topic<T>>,
  timeOf: (article: T) => number,
  limit = 3,
): T[] {
  const shared = new Map<T, number>();
  for (const slug of new Set(article.tags.map(tagSlug))) {
    for (const other of topics.get(slug)?.articles ?? []) {
      if (other !== article && other.slug !== article.slug) {
        shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
  }
  // Keep the best `limit` in a small sorted array: no sort of every candidate.
  const at = timeOf(article);
  const best: Candidate<T>[] = [];
  for (const [other, count] of shared) {
    const candidate = { other, count, distance: Math.abs(timeOf(other) - at), slug: other.slug };
    if (best.length === limit && !ranksBefore(candidate, best[limit - 1]!)) continue;
    let i = best.length;
    while (i > 0 && ranksBefore(candidate, best[i - 1]!)) i--;
    best.splice(i, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

/** The next older and next newer article around index `i` of a newest-first list. */
export function neighbours<T>(
  articles: readonly T[],
  i: number,
): { older: T | undefined; newer: T | undefined } {
  return { older: articles[i + 1], newer: i > 0 ? articles[i - 1] : undefined };
}
