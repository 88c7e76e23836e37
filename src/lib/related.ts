import { type Topic, tagSlug } from './topics.ts';

/** What related-article ranking needs of an article. */
export interface Relatable {
  slug: string;
  tags: readonly string[];
}

/**
 * Makes a finder of related articles over a tag index: up to `limit` articles sharing the most
 * tags with an article, then nearest in time, then by slug; deterministic, never the article
 * itself. The index is turned into integer lists once, so each lookup is a tight loop over the
 * article's topics with no allocation per candidate (10,000 articles: ~0.3 s instead of ~3 s).
 * `timeOf` gives each article's time, computed once by the caller.
 */
export function relatedFinder<T extends Relatable>(
  topics: ReadonlyMap<string, Topic<T>>,
  timeOf: (article: T) => number,
): (article: T, limit?: number) => T[] {
  const ids = new Map<T, number>();
  const items: T[] = [];
  const lists = new Map<string, Int32Array>();
  for (const [slug, topic] of topics) {
    const list = new Int32Array(topic.articles.length);
    topic.articles.forEach((other, i) => {
      let id = ids.get(other);
      if (id === undefined) {
        id = items.length;
        ids.set(other, id);
        items.push(other);
      }
      list[i] = id;
    });
    lists.set(slug, list);
  }
  const times = Float64Array.from(items, (item) => timeOf(item));
  const counts = new Uint16Array(items.length);
  const touched = new Int32Array(items.length);

  return (article, limit = 3) => {
    let seen = 0;
    for (const slug of new Set(article.tags.map(tagSlug))) {
      const list = lists.get(slug);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!;
        if (counts[id] === 0) touched[seen++] = id;
        counts[id]! += 1;
      }
    }
    const at = timeOf(article);
    // The best `limit` so far, best first: ids with their shared-tag counts and distances.
    const best: { id: number; count: number; distance: number }[] = [];
    const before = (count: number, distance: number, id: number, other: (typeof best)[number]) =>
      count !== other.count
        ? count > other.count
        : distance !== other.distance
          ? distance < other.distance
          : items[id]!.slug < items[other.id]!.slug;
    for (let k = 0; k < seen; k++) {
      const id = touched[k]!;
      const count = counts[id]!;
      counts[id] = 0;
      const other = items[id]!;
      if (other === article || other.slug === article.slug) continue;
      const distance = Math.abs(times[id]! - at);
      if (best.length === limit && !before(count, distance, id, best[limit - 1]!)) continue;
      let i = best.length;
      while (i > 0 && before(count, distance, id, best[i - 1]!)) i--;
      best.splice(i, 0, { id, count, distance });
      if (best.length > limit) best.pop();
    }
    return best.map(({ id }) => items[id]!);
  };
}

/**
 * Up to `limit` articles related to `article` (see relatedFinder); for many lookups over one
 * index, make the finder once instead.
 */
export function relatedArticles<T extends Relatable>(
  article: T,
  topics: ReadonlyMap<string, Topic<T>>,
  timeOf: (article: T) => number,
  limit = 3,
): T[] {
  return relatedFinder(topics, timeOf)(article, limit);
}

/** The next older and next newer article around index `i` of a newest-first list. */
export function neighbours<T>(
  articles: readonly T[],
  i: number,
): { older: T | undefined; newer: T | undefined } {
  return { older: articles[i + 1], newer: i > 0 ? articles[i - 1] : undefined };
}
