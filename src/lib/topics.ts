import slugify from '@sindresorhus/slugify';
import { digestOf } from './digest.ts';
import { normalizeSpace } from './excerpt.ts';
import { LATIN_ONLY, NO_ROOM, remembered, topicKey } from './topicKey.ts';
import { topicPath } from './urls.ts';

/** A topic: one tag, however its articles spell it, and the articles that carry it. */
export interface Topic<T> {
  slug: string;
  /** The spelling most of its articles use (of those tied, the newest's). */
  name: string;
  /** Newest first, in the order given. */
  articles: T[];
}

/** The longest topic slug in UTF-8 bytes: well inside a file name's 255, in any script. */
export const MAX_TAG_SLUG_BYTES = 100;

/** Signs that carry meaning in tags, spelled out so `C#`, `C++` and `C` stay apart. */
const REPLACEMENTS: [string, string][] = [
  ['#', ' sharp '],
  ['+', ' plus '],
];

/** A short, stable fingerprint of a topic key, for slugs that need telling apart. */
const fingerprint = (key: string) => digestOf(key).slice(0, 8);

/**
 * A stable, readable URL segment for a tag: `US Military` → `us-military`, `C#` → `c-sharp`. A
 * tag in another script keeps its letters (`العربية` → `العربية`) rather than a lossy
 * transliteration. A tag with nothing to spell a slug with (`🙂`, `—`) gets `tag-` and a
 * fingerprint; one longer than MAX_TAG_SLUG_BYTES is cut and gets a fingerprint too.
 */
export const tagSlug = remembered(makeTagSlug);

function makeTagSlug(tag: string): string {
  const clean = normalizeSpace(tag.normalize('NFKC').replace(NO_ROOM, ''));
  let slug = '';
  if (LATIN_ONLY.test(clean)) {
    slug = slugify(clean, { decamelize: false, customReplacements: REPLACEMENTS });
  }
  if (!slug) {
    slug = clean
      .toLocaleLowerCase('und')
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
  }
  const key = topicKey(tag);
  // Marks alone (a keycap's combining signs) spell nothing a reader could recognise.
  if (!/[\p{L}\p{N}]/u.test(slug)) return `tag-${fingerprint(key)}`;
  if (Buffer.byteLength(slug) <= MAX_TAG_SLUG_BYTES) return slug;
  // Cut whole characters, leaving room for `-` and the fingerprint.
  let cut = '';
  for (const char of slug) {
    if (Buffer.byteLength(cut + char) > MAX_TAG_SLUG_BYTES - 9) break;
    cut += char;
  }
  return `${cut.replace(/-+$/, '')}-${fingerprint(key)}`;
}

/**
 * The slug of each topic among `tags`, so that different topics never share a page: when two
 * topics' slugs are equal (`U.S` and `U-S`), the one spelled like the slug keeps it (else the
 * first by code point) and the others get a fingerprint. The same tags always give the same slugs.
 */
export function topicSlugs(tags: Iterable<string>): Map<string, string> {
  const keysBySlug = new Map<string, Set<string>>();
  for (const tag of tags) {
    const slug = tagSlug(tag);
    const keys = keysBySlug.get(slug) ?? new Set<string>();
    keys.add(topicKey(tag));
    keysBySlug.set(slug, keys);
  }
  const byKey = new Map<string, string>();
  for (const [slug, keys] of keysBySlug) {
    const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const owner = sorted.find((key) => key === slug) ?? sorted[0]!;
    for (const key of sorted) byKey.set(key, key === owner ? slug : `${slug}-${fingerprint(key)}`);
  }
  return byKey;
}

/** Every topic of a set of articles, by slug: what topic pages, links and related stories use. */
export interface TopicIndex<T> extends Map<string, Topic<T>> {
  /** The slug of a tag's topic page. */
  slugOf(tag: string): string;
}

/** Groups articles (newest first) by topic in one pass; tags that differ in case or spacing are one. */
export function buildTopicIndex<T extends { tags: readonly string[] }>(
  articles: readonly T[],
): TopicIndex<T> {
  const slugsByKey = topicSlugs(articles.flatMap((article) => article.tags));
  const topics = new Map<string, Topic<T>>() as TopicIndex<T>;
  topics.slugOf = (tag) => slugsByKey.get(topicKey(tag)) ?? tagSlug(tag);
  // Each topic's spellings, one count an article, newest first (a Map keeps the order it was given).
  const spellings = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const tag of article.tags) {
      const slug = topics.slugOf(tag);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const name = normalizeSpace(tag.replace(NO_ROOM, ''));
      const topic = topics.get(slug);
      if (topic) {
        topic.articles.push(article);
        const counts = spellings.get(slug)!;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      } else {
        topics.set(slug, { slug, name, articles: [article] });
        spellings.set(slug, new Map([[name, 1]]));
      }
    }
  }
  for (const [slug, counts] of spellings) {
    if (counts.size > 1) topics.get(slug)!.name = mostUsed(counts);
  }
  return topics;
}

/** The spelling of `counts` (each spelling's count, first seen first) used most, the first of those tied. */
function mostUsed(counts: ReadonlyMap<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best![0];
}

/** A tag's link to its topic page: the topic's name, as the index gives it, and the page's path. */
export function topicLink<T>(
  index: TopicIndex<T>,
  tag: string,
  base: string,
): { name: string; path: string } {
  const slug = index.slugOf(tag);
  const name = index.get(slug)?.name ?? normalizeSpace(tag.replace(NO_ROOM, ''));
  return { name, path: topicPath(slug, base) };
}

/** Topics ordered by name with a locale-aware collator. */
export function sortTopics<T>(topics: Iterable<Topic<T>>, lang: string): Topic<T>[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...topics].sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}
