import type { Topic } from './topics.ts';

/** What related-article ranking needs of an article. */
export interface Relatable {
  slug: string;
  tags: readonly string[];
}

/**
 * How many stories on each side, in time, of an article a topic offers as candidates. Related
 * stories are news of the same time: and without a bound, each lookup would cost as much as the
 * topic is long, so a page's cost would grow with the archive (50,000 articles: 35 s of ranking).
 */
export const RELATED_WINDOW = 100;

/**
 * How much sharing a topic of `size` articles says: 1 for a topic of one, 1/2 up to 3, 1/3 up to
 * 7, … (one step per doubling). A site-wide tag still counts, barely. It depends on the topic's
 * size alone, in steps, so publishing one story rarely changes another story's related list,
 * and an incremental build re-renders few article pages.
 */
export function topicWeight(size: number): number {
  return 1 / (1 + Math.floor(Math.log2(Math.max(1, size))));
}

/**
 * Makes a finder of related articles over a tag index: among the `RELATED_WINDOW` stories
 * nearest in time on each side in each of an article's topics, up to `limit` that share the
 * most with it, then nearest in time, then by slug; deterministic, never the article itself.
 * A shared topic weighs more the rarer it is (see topicWeight): sharing a niche topic says more
 * than sharing one that half the site carries. The index is turned into integer
 * lists sorted by time once, so each lookup is a tight loop with no allocation per candidate.
 * `timeOf` gives each article's time, computed once by the caller.
 */
export function relatedFinder<T extends Relatable>(
  topics: ReadonlyMap<string, Topic<T>>,
  timeOf: (article: T) => number,
  window: number = RELATED_WINDOW,
): (article: T, limit?: number) => T[] {
  const ids = new Map<T, number>();
  const items: T[] = [];
  const lists: Int32Array[] = [];
  // The topics (as indexes into `lists`) each item belongs to.
  const memberships: number[][] = [];
  for (const topic of topics.values()) {
    const list = new Int32Array(topic.articles.length);
    topic.articles.forEach((other, i) => {
      let id = ids.get(other);
      if (id === undefined) {
        id = items.length;
        ids.set(other, id);
        items.push(other);
        memberships.push([]);
      }
      list[i] = id;
      memberships[id]!.push(lists.length);
    });
    lists.push(list);
  }
  const times = Float64Array.from(items, (item) => timeOf(item));
  // Newest first, so an article's neighbours in time are its neighbours in the list.
  for (const list of lists) list.sort((a, b) => times[b]! - times[a]! || a - b);
  const weights = Float64Array.from(lists, (list) => topicWeight(list.length));
  const counts = new Float64Array(items.length);
  const touched = new Int32Array(items.length);
  /** The first index of `list` whose time is not after `time` (`strict`: is before it). */
  const search = (list: Int32Array, time: number, strict: boolean) => {
    let [low, high] = [0, list.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      const t = times[list[middle]!]!;
      if (strict ? t >= time : t > time) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  return (article, limit = 3) => {
    let seen = 0;
    const at = timeOf(article);
    const self = ids.get(article);
    for (const topic of self === undefined ? [] : memberships[self]!) {
      const list = lists[topic]!;
      const weight = weights[topic]!;
      // The stories at the article's time, and `window` more on each side.
      const start = Math.max(0, search(list, at, false) - window);
      const end = Math.min(list.length, search(list, at, true) + window);
      for (let i = start; i < end; i++) {
        const id = list[i]!;
        if (counts[id] === 0) touched[seen++] = id;
        counts[id]! += weight;
      }
    }
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
  window: number = RELATED_WINDOW,
): T[] {
  return relatedFinder(topics, timeOf, window)(article, limit);
}

/** The next older and next newer article around index `i` of a newest-first list. */
export function neighbours<T>(
  articles: readonly T[],
  i: number,
): { older: T | undefined; newer: T | undefined } {
  return { older: articles[i + 1], newer: i > 0 ? articles[i - 1] : undefined };
}
