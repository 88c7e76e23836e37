import { type ArchiveMonth, type ArchiveYear, groupByMonth } from '../lib/archive.ts';
import { mustParseDate, sortTime } from '../lib/dates.ts';
import { type PageView, buildPages } from '../lib/pagination.ts';
import { neighbours, relatedArticles } from '../lib/related.ts';
import { type Topic, buildTopicIndex, sortTopics, tagSlug } from '../lib/topics.ts';
import {
  monthPath as monthPathUnder,
  pathUnderBase,
  topicPath as topicPathUnder,
} from '../lib/urls.ts';
import { site } from '../site.ts';
import { getCollection } from 'astro:content';
import { type ListedArticle, getPublishedArticles } from './articles.ts';
import type { PageMeta } from '../lib/meta.ts';
import { metaForArticle } from './publishing.ts';

/** Everything the reading pages show, computed once per build from the published articles. */
export interface SiteData {
  /** Newest first. */
  articles: ListedArticle[];
  /** By name, locale-aware. */
  topics: Topic<ListedArticle>[];
  topicsBySlug: Map<string, Topic<ListedArticle>>;
  /** Newest year first. */
  archive: ArchiveYear<ListedArticle>[];
  /** Where each article sits in `articles`, by slug. */
  positions: Map<string, number>;
  /** Each article's place on the time line, computed once: ranking compares thousands of pairs. */
  timeOf: (article: ListedArticle) => number;
}

/** A link to a topic page. */
export interface TopicLink {
  name: string;
  path: string;
}

/** An article page's surroundings: its topics, neighbours in time and related stories. */
export interface ArticleContext {
  article: ListedArticle;
  /** Open Graph, Twitter and NewsArticle JSON-LD. */
  meta: PageMeta;
  topics: TopicLink[];
  older: ListedArticle | undefined;
  newer: ListedArticle | undefined;
  related: ListedArticle[];
}

let cache: { signature: string; data: Promise<SiteData> } | undefined;

/**
 * The site's data, built once and reused until the content changes: once per build, and in the
 * dev server once per edit (the signature of the stored entries tells), not once per request.
 */
export async function getSiteData(): Promise<SiteData> {
  // A build's content never changes: after the first page, no need to ask the store again.
  if (!__DATELINE_SHOW_DRAFTS__ && cache) return cache.data;
  const entries = await getCollection('articles');
  const signature = __DATELINE_SHOW_DRAFTS__
    ? entries.map((entry) => `${entry.id}:${entry.digest}`).join('|')
    : 'build';
  if (cache?.signature !== signature) {
    cache = { signature, data: Promise.resolve(computeSiteData(getPublishedArticles(entries))) };
  }
  return cache.data;
}

function computeSiteData(articles: ListedArticle[]): SiteData {
  const topicsBySlug = buildTopicIndex(articles);
  const times = new Map(
    articles.map((article) => [article, sortTime(mustParseDate(article.date), site.timeZone)]),
  );
  return {
    articles,
    topics: sortTopics(topicsBySlug.values(), site.lang),
    topicsBySlug,
    archive: groupByMonth(articles, site.timeZone),
    positions: new Map(articles.map((article, i) => [article.slug, i])),
    timeOf: (article) => times.get(article)!,
  };
}

/** The archive's path for a month under this site's base: `/archive/2025/04/`. */
export function monthPath(year: number, month: number): string {
  return monthPathUnder(year, month, site.base);
}

/** Every month of the archive, with its articles. */
export async function getArchiveMonths(): Promise<ArchiveMonth<ListedArticle>[]> {
  const { archive } = await getSiteData();
  return archive.flatMap((year) => year.months);
}

/** The index's pages: `/`, `/page/2/`, … */
export async function getIndexPages(): Promise<PageView<ListedArticle>[]> {
  const { articles } = await getSiteData();
  return buildPages(articles, site.articlesPerPage, pathUnderBase(site.base, ''));
}

/** A topic's first page path under this site's base: `/topics/us-military/`. */
export function topicPath(slug: string): string {
  return topicPathUnder(slug, site.base);
}

/** Pages of every topic: each topic's first page (`/topics/x/`), or all its later ones. */
export async function getTopicPages(
  which: 'first' | 'later',
): Promise<{ topic: Topic<ListedArticle>; page: PageView<ListedArticle> }[]> {
  const { topics } = await getSiteData();
  return topics.flatMap((topic) =>
    buildPages(topic.articles, site.articlesPerPage, topicPath(topic.slug))
      .filter((page) => (which === 'first') === (page.number === 1))
      .map((page) => ({ topic, page })),
  );
}

/** The index's later pages: `/page/2/`, `/page/3/`, … */
export async function getLaterIndexPages(): Promise<PageView<ListedArticle>[]> {
  return (await getIndexPages()).slice(1);
}

/** The slugs of every article page. */
export async function getArticleSlugs(): Promise<string[]> {
  const { articles } = await getSiteData();
  return articles.map((article) => article.slug);
}

/** One article with its topics, older and newer neighbours and up to three related stories. */
export async function getArticleContext(slug: string): Promise<ArticleContext> {
  const { articles, positions, topicsBySlug, timeOf } = await getSiteData();
  const i = positions.get(slug);
  if (i === undefined) throw new Error(`no published article with slug "${slug}"`);
  const article = articles[i]!;
  return {
    article,
    meta: metaForArticle(article),
    topics: article.tags
      .map((name) => ({ name, path: topicPath(tagSlug(name)) }))
      .filter((link, j, all) => all.findIndex((other) => other.path === link.path) === j),
    ...neighbours(articles, i),
    related: relatedArticles(article, topicsBySlug, timeOf),
  };
}
