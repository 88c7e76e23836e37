import { type ArchiveYear, groupByMonth } from '../lib/archive.ts';
import {
  type Card,
  type Person,
  type StoryLink,
  toCard,
  toPeople,
  toStoryLink,
} from '../lib/cards.ts';
import { formatMonth, mustParseDate, sortTime } from '../lib/dates.ts';
import { digestOf } from '../lib/digest.ts';
import { bundleNames, bundlePath } from '../lib/searchBundles.ts';
import { FEED_SIZE } from '../lib/feeds.ts';
import type { PageMeta } from '../lib/meta.ts';
import { type PageView, buildPages } from '../lib/pagination.ts';
import { neighbours, relatedFinder } from '../lib/related.ts';
import { type Topic, type TopicIndex, buildTopicIndex, sortTopics } from '../lib/topics.ts';
import { absoluteUrl, authorPath, monthPath, pathUnderBase, topicPath } from '../lib/urls.ts';
import { type ShownCorrection, showCorrections } from '../lib/corrections.ts';
import { type FrontPage, frontPage } from '../lib/frontPage.ts';
import { type ShareLink, shareLinks } from '../lib/share.ts';
import type { Author } from './authorSchema.ts';
import { readAuthors } from './authorProfiles.ts';
import { resolve } from 'node:path';
import type { Heading } from './markdown.ts';
import { cache as cachePaths, countArticles, dates, site, text } from '../site.ts';
import { getCollection } from 'astro:content';
import { type ListedArticle, getPublishedArticles } from './publishedArticles.ts';
import { readBody } from './bodyStore.ts';
import { metaForArticle } from './publishing.ts';

/** Everything the reading pages show, computed once per build from the published articles. */
export interface SiteData {
  /** Newest first. */
  articles: ListedArticle[];
  /** By name, locale-aware. */
  topics: Topic<ListedArticle>[];
  topicsBySlug: TopicIndex<ListedArticle>;
  /** Newest year first. */
  archive: ArchiveYear<ListedArticle>[];
  /** Where each article sits in `articles`, by slug. */
  positions: Map<string, number>;
  /** Each article's place on the time line, computed once: ranking compares thousands of pairs. */
  timeOf: (article: ListedArticle) => number;
  /** Each article's card, made once: listings and cache keys use them. */
  cardOf: (article: ListedArticle) => Card;
  /** Up to three related stories of an article. */
  relatedTo: (article: ListedArticle) => ListedArticle[];
  /** What article pages are made from, made once each: for the cache key, then for the page. */
  inputs: Map<string, ArticleInputs>;
  /** Author profiles, by name. */
  authors: Author[];
  /** The page of the profile a byline name has, if any. */
  profileOf: (name: string) => string | undefined;
}

/** A link to a topic page. */
export interface TopicLink {
  name: string;
  path: string;
}

/** An article as its page shows it: the record without what only the build needs. */
export type ShownArticle = Omit<ListedArticle, 'filePath'>;

/**
 * What an article page is made from: its record and its links to other stories. The rest of the
 * page (metadata, topic links) is derived from these and the settings by code, which Astro's
 * incremental build tracks itself, so these are what its cache key covers.
 */
export interface ArticleInputs {
  article: ShownArticle;
  older: StoryLink | undefined;
  newer: StoryLink | undefined;
  related: StoryLink[];
  /** Its topics' pages: a slug depends on the other topics of the site (see topicSlugs). */
  topics: TopicLink[];
  /** The byline's names, linked to the profiles there are. */
  people: Person[];
}

/** An article page's surroundings: its inputs, its metadata and what is derived from them. */
export interface ArticleContext extends ArticleInputs {
  /** Open Graph, Twitter and NewsArticle JSON-LD. */
  meta: PageMeta;
  /** Its corrections as readers see them, oldest first. */
  corrections: ShownCorrection[];
  /** In-page links to its headings: a long read's table of contents (empty for short stories). */
  toc: Heading[];
  /** Plain links that share it. */
  share: ShareLink[];
}

/** A story needs a table of contents from this many second-level headings. */
export const TOC_MIN_HEADINGS = 3;

/** A generated path with the cache key that covers everything its page shows. */
export interface KeyedPath<T> {
  /** The page's data, handed to it as props. */
  data: T;
  /**
   * Astro's incremental build copies the last build's page when this and the page's code are
   * unchanged: a digest of the settings pages show and of the page's data, nothing else.
   */
  cacheKey: string;
}

/** The settings a page can show (what only says where files are is left out), with draft preview. */
const SHOWN_SETTINGS = (() => {
  const { cacheDir: _cache, contentDirs: _content, renderThreads: _threads, ...shown } = site;
  return { ...shown, preview: __DATELINE_SHOW_DRAFTS__ };
})();

/** The cache key of a page that shows `data`. */
function keyed<T>(data: T): KeyedPath<T> {
  return { data, cacheKey: digestOf(SHOWN_SETTINGS, data) };
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
  // A handful of files, checked by the loader already: read again here, not stored twice.
  const { authors } = await readAuthors(resolve(), site.contentDirs, site.base, site.lang);
  const signature = __DATELINE_SHOW_DRAFTS__
    ? [...entries.map((entry) => `${entry.id}:${entry.digest}`), digestOf(authors)].join('|')
    : 'build';
  if (cache?.signature !== signature) {
    cache = {
      signature,
      data: Promise.resolve(computeSiteData(getPublishedArticles(entries), authors)),
    };
  }
  return cache.data;
}

function computeSiteData(articles: ListedArticle[], authors: Author[]): SiteData {
  const topicsBySlug = buildTopicIndex(articles);
  const times = new Map(
    articles.map((article) => [article, sortTime(mustParseDate(article.date), site.timeZone)]),
  );
  const profiles = new Map(authors.map((author) => [author.name, authorPath(author.slug, site.base)]));
  const profileOf = (name: string) => profiles.get(name);
  const cards = new Map(articles.map((article) => [article, toCard(article, profileOf)]));
  const timeOf = (article: ListedArticle) => times.get(article)!;
  return {
    articles,
    topics: sortTopics(topicsBySlug.values(), site.lang),
    topicsBySlug,
    archive: groupByMonth(articles, site.timeZone),
    positions: new Map(articles.map((article, i) => [article.slug, i])),
    timeOf,
    cardOf: (article) => cards.get(article)!,
    relatedTo: relatedFinder(topicsBySlug, timeOf),
    inputs: new Map(),
    authors,
    profileOf,
  };
}

/** A line of the topics page: a topic, its page and how many articles it has. */
export interface TopicEntry {
  name: string;
  path: string;
  /** "3 articles". */
  count: string;
}

/** Every topic, by name, for the topics page. */
export async function getTopicEntries(): Promise<TopicEntry[]> {
  const { topics } = await getSiteData();
  return topics.map((topic) => ({
    name: topic.name,
    path: topicPath(topic.slug, site.base),
    count: countArticles(topic.articles.length),
  }));
}

/** A year of the archive page: its months with their pages and counts. */
export interface ArchiveYearEntry {
  year: number;
  /** "12 articles". */
  count: string;
  months: { path: string; label: string; count: number }[];
}

/** Every year of the archive, newest first, for the archive page. */
export async function getArchiveEntries(): Promise<ArchiveYearEntry[]> {
  const { archive } = await getSiteData();
  return archive.map((year) => ({
    year: year.year,
    count: countArticles(year.count),
    months: year.months.map((month) => ({
      path: monthPath(month.year, month.month, site.base),
      label: formatMonth(month.year, month.month, dates),
      count: month.articles.length,
    })),
  }));
}

/** One month of the archive as its page shows it. */
export type ArchiveMonthPage = {
  year: number;
  month: number;
  /** "April 2025". */
  heading: string;
  cards: Card[];
};

/** Every month of the archive, with its articles' cards. */
export async function getArchiveMonthPaths(): Promise<KeyedPath<ArchiveMonthPage>[]> {
  const { archive, cardOf } = await getSiteData();
  return archive.flatMap((year) =>
    year.months.map((month) =>
      keyed({
        year: month.year,
        month: month.month,
        heading: formatMonth(month.year, month.month, dates),
        cards: month.articles.map(cardOf),
      }),
    ),
  );
}

/** The index's pages: `/`, `/page/2/`, … */
export async function getIndexPages(): Promise<PageView<Card>[]> {
  const { articles, cardOf } = await getSiteData();
  return buildPages(articles.map(cardOf), site.articlesPerPage, pathUnderBase(site.base, ''));
}

/** The front page: the lead story, the rest of the latest, the sections, and its pagination. */
export async function getFrontPage(): Promise<FrontPage & { page: PageView<Card> }> {
  const { articles, topicsBySlug, cardOf } = await getSiteData();
  const [page] = await getIndexPages();
  const firstPage = articles
    .slice(0, page!.items.length)
    .map((article) => ({ card: cardOf(article), featured: article.featured }));
  const front = frontPage({
    firstPage,
    sections: site.sections,
    topicOf: (name) => topicsBySlug.get(topicsBySlug.slugOf(name)),
    topicPath: (topic) => topicPath(topic.slug, site.base),
    cardOf,
    perSection: SECTION_SIZE,
  });
  return { ...front, page: page! };
}

/** How many stories each front-page section shows. */
const SECTION_SIZE = 4;

/** One page of an author's listing: the profile and a page of their articles. */
export type AuthorPage = {
  author: Author;
  page: PageView<Card>;
};

/** Pages of every author: each one's first page (`/authors/x/`), or all their later ones. */
export async function getAuthorPaths(which: 'first' | 'later'): Promise<KeyedPath<AuthorPage>[]> {
  const { authors, articles, cardOf } = await getSiteData();
  return authors.flatMap((author) =>
    buildPages(
      articles.filter((article) => article.authors.includes(author.name)).map(cardOf),
      site.articlesPerPage,
      authorPath(author.slug, site.base),
    )
      .filter((page) => (which === 'first') === (page.number === 1))
      .map((page) => keyed({ author, page })),
  );
}

/** An author's feed: the profile and their newest articles. */
export type AuthorFeed = { author: Author; articles: ListedArticle[] };

/** Every author's feed, keyed like topic feeds. */
export async function getAuthorFeedPaths(): Promise<KeyedPath<AuthorFeed>[]> {
  const { authors, articles } = await getSiteData();
  return authors.map((author) => {
    const theirs = articles.filter((article) => article.authors.includes(author.name)).slice(0, FEED_SIZE);
    const shown = theirs.map(({ filePath: _file, ...article }) => article);
    const { cacheKey } = keyed({ author, shown });
    return { data: { author, articles: theirs }, cacheKey };
  });
}

/** Every old URL of a moved story (its aliases), with the story's URL: small redirect pages. */
export async function getAliasPaths(): Promise<KeyedPath<{ alias: string; to: string; title: string }>[]> {
  const { articles } = await getSiteData();
  return articles.flatMap((article) =>
    article.aliases.map((alias) => keyed({ alias, to: article.url, title: article.title })),
  );
}

/** The index's later pages: `/page/2/`, `/page/3/`, … */
export async function getLaterIndexPaths(): Promise<KeyedPath<PageView<Card>>[]> {
  return (await getIndexPages()).slice(1).map(keyed);
}

/** One page of a topic's listing. */
export type TopicPage = {
  slug: string;
  /** The topic's name, as its newest article spells it. */
  name: string;
  page: PageView<Card>;
};

/** Pages of every topic: each topic's first page (`/topics/x/`), or all its later ones. */
export async function getTopicPaths(which: 'first' | 'later'): Promise<KeyedPath<TopicPage>[]> {
  const { topics, cardOf } = await getSiteData();
  return topics.flatMap((topic) =>
    buildPages(topic.articles.map(cardOf), site.articlesPerPage, topicPath(topic.slug, site.base))
      .filter((page) => (which === 'first') === (page.number === 1))
      .map((page) => keyed({ slug: topic.slug, name: topic.name, page })),
  );
}

/** A topic's feed: the topic and its newest articles. */
export type TopicFeed = {
  slug: string;
  name: string;
  articles: ListedArticle[];
};

/**
 * Every topic's feed. Its key covers what a feed shows of each article, its body included by
 * digest, so a topic whose stories did not change keeps its last feed.
 */
export async function getTopicFeedPaths(): Promise<KeyedPath<TopicFeed>[]> {
  const { topics } = await getSiteData();
  return topics.map((topic) => {
    const articles = topic.articles.slice(0, FEED_SIZE);
    const shown = articles.map(({ filePath: _file, ...article }) => article);
    const { cacheKey } = keyed({ slug: topic.slug, name: topic.name, shown });
    return { data: { slug: topic.slug, name: topic.name, articles }, cacheKey };
  });
}

/** One article with its older and newer neighbours and up to three related stories. */
function articleInputs(data: SiteData, slug: string): ArticleInputs {
  const known = data.inputs.get(slug);
  if (known) return known;
  const { articles, positions, relatedTo, topicsBySlug, profileOf } = data;
  const i = positions.get(slug);
  if (i === undefined) throw new Error(`no published article with slug "${slug}"`);
  const { filePath: _file, ...article } = articles[i]!;
  const { older, newer } = neighbours(articles, i);
  const inputs: ArticleInputs = {
    article,
    older: older && toStoryLink(older),
    newer: newer && toStoryLink(newer),
    related: relatedTo(articles[i]!).map(toStoryLink),
    topics: article.tags
      .map((name) => ({ name, path: topicPath(topicsBySlug.slugOf(name), site.base) }))
      .filter((link, j, all) => all.findIndex((other) => other.path === link.path) === j),
    people: toPeople(article.authors, profileOf),
  };
  data.inputs.set(slug, inputs);
  return inputs;
}

/** An article page's surroundings: everything it shows but its body, which it reads itself. */
export async function getArticleContext(slug: string): Promise<ArticleContext> {
  const inputs = articleInputs(await getSiteData(), slug);
  const { article } = inputs;
  return {
    ...inputs,
    meta: metaForArticle(article, inputs.people),
    corrections: showCorrections(article.corrections, site.timeZone, text, dates),
    toc: article.headings.length >= TOC_MIN_HEADINGS ? article.headings : [],
    share: shareLinks(absoluteUrl(article.url, site.url), article.title, text.email),
  };
}

/**
 * Every article page's slug with its cache key. The dev server renders one page per request and
 * needs no keys, so there each page makes its own context when asked, not all of them at once.
 */
export async function getArticlePaths(): Promise<{ slug: string; cacheKey?: string }[]> {
  const data = await getSiteData();
  if (__DATELINE_SHOW_DRAFTS__) return data.articles.map(({ slug }) => ({ slug }));
  return data.articles.map(({ slug }) => ({
    slug,
    cacheKey: keyed(articleInputs(data, slug)).cacheKey,
  }));
}

/** The search bundles the search page merges (see searchBundles.ts), newest first. */
export async function getSearchBundlePaths(): Promise<string[]> {
  const { archive } = await getSiteData();
  return bundleNames(archive.map((year) => year.year)).map((name) => bundlePath(site.base, name));
}

/** An article's body as sanitised HTML, read from the body store. */
export async function getArticleHtml(article: { body: string }): Promise<string> {
  return (await readBody(cachePaths.bodies, article.body)).html;
}
