import slugify from '@sindresorhus/slugify';
import { normalizeSpace } from './excerpt.ts';

/** A topic: one tag, however its articles spell it, and the articles that carry it. */
export interface Topic<T> {
  slug: string;
  /** The spelling of the newest article that uses it. */
  name: string;
  /** Newest first, in the order given. */
  articles: T[];
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}]*$/u;

/**
 * A stable, readable URL segment for a tag: `US Military` → `us-military`. A tag in another
 * script keeps its letters (`العربية` → `العربية`) rather than a lossy transliteration, so every
 * tag gets a working URL of its own.
 */
export function tagSlug(tag: string): string {
  let slug = slugs.get(tag);
  if (slug === undefined) {
    slug = makeTagSlug(tag);
    slugs.set(tag, slug);
  }
  return slug;
}

/** Slugs already made: a site has few tags, named again on thousands of articles. */
const slugs = new Map<string, string>();

function makeTagSlug(tag: string): string {
  const clean = normalizeSpace(tag.normalize('NFKC'));
  if (LATIN_ONLY.test(clean)) {
    const slug = slugify(clean, { decamelize: false, customReplacements: [['+', ' plus ']] });
    if (slug) return slug;
  }
  return clean
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Groups articles (newest first) by tag in one pass; tags that differ in case or spacing are one. */
export function buildTopicIndex<T extends { tags: readonly string[] }>(
  articles: readonly T[],
): Map<string, Topic<T>> {
  const topics = new Map<string, Topic<T>>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const tag of article.tags) {
      const slug = tagSlug(tag);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const topic = topics.get(slug);
      if (topic) topic.articles.push(article);
      else topics.set(slug, { slug, name: normalizeSpace(tag), articles: [article] });
    }
  }
  return topics;
}

/** Topics ordered by name with a locale-aware collator. */
export function sortTopics<T>(topics: Iterable<Topic<T>>, lang: string): Topic<T>[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...topics].sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}
