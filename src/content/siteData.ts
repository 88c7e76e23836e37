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
import {
  absoluteUrl,
  authorPath,
  cardPath,
  monthPath,
  topicPath,
} from '../lib/urls.ts';
import { type CardSpec, cardName, cardSpec } from '../lib/drawnCard.ts';
import { cardDrawing, photoMaking } from '../build/caches.ts';
import { type ShownCorrection, showCorrections } from '../lib/corrections.ts';
import { type FrontPage, frontPage } from '../lib/frontPage.ts';
import { type ShareLink, shareLinks } from '../lib/share.ts';
import { type Edition, editionKey, editionKeys } from '../lib/editions.ts';
import { storyVersions } from '../lib/translations.ts';
import type { Author } from './authorSchema.ts';
import { resolve } from 'node:path';
import type { Heading } from './markdown.ts';
import { cache as cachePaths, editionAt, site } from '../site.ts';
import { getCollection } from 'astro:content';
import { type ListedArticle, getPublishedArticles } from './publishedArticles.ts';
import { readBody } from './bodyStore.ts';
import {
  type Version,
  drawnCardImages,
  feedItems,
  leadImages,
  metaForArticle,
  metaForAuthor,
} from './publishing.ts';
import { pictureHtml } from '../lib/pictures.ts';
import type { FeedItem } from '../lib/feeds.ts';
import { type PhotoInfo, previewKind } from '../lib/photoSizes.ts';
import { publishedAuthors } from '../lib/authors.ts';

import { type ShownPhotos, bodyHtml, columnPictureHtml, shownPhotos } from '../view/photos.ts';

/** Everything one edition's pages show, computed once per build from its published articles. */
export interface SiteData {
  /** The language this part of the site is in, with its words and base path. */
  edition: Edition;
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
}

/** A drawn link-preview card: its file's name, what it shows, and its path on the site. */
export interface SocialCard {
  name: string;
  spec: CardSpec;
  path: string;
}

/** The whole site: an edition per language (see editions.ts), the stories' versions, the authors. */
export interface Site {
  /** The photos beside the articles and profiles, as pages show them (see view/photos.ts). */
  photos: ShownPhotos;
  /**
   * What an article's photos are, for cache keys: their digests. A record names a photo by its
   * path only, so a photo redrawn under the same name would otherwise leave pages and feeds
   * showing the old one.
   */
  photoStamps: (article: Pick<ListedArticle, 'image' | 'photos'>) => string[];
  /** By key: `''` (the site's language) first. */
  editions: Map<string, SiteData>;
  /** Every published article, newest first, in every language. */
  articles: ListedArticle[];
  /** The edition each article is in, by slug. */
  editionOf: Map<string, string>;
  /** Every published version of each story (original first), by slug. */
  versions: Map<string, ListedArticle[]>;
  /** Each article's card, made once. */
  cardOf: (article: ListedArticle) => Card;
  /** The link-preview card drawn for a story without a lead image (see socialCards.ts). */
  socialCardOf: (article: ListedArticle) => SocialCard | undefined;
  /** The author profiles with a page: those with a story the site shows. */
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
  /** The story in every language it is published in, this one included (empty when only this). */
  versions: Version[];
  /** Its lead photo, when it is a photo beside the article. */
  leadPhoto: PhotoInfo | undefined;
  /** Its photos' digests, which change with their bytes (see Site.photoStamps). */
  photoStamps: string[];
  /** The path of its drawn link-preview card, when it has no lead image. */
  socialCard: string | undefined;
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
  /** Its lead photo as a responsive picture (HTML), when it is a photo beside the article. */
  leadPicture: string | undefined;
  /** The story in its other languages: the visible "Also in" links. */
  translations: Version[];
}

/** A story needs a table of contents from this many second-level headings. */
export const TOC_MIN_HEADINGS = 3;

/** A generated path with the cache key that covers everything its page shows. */
export interface KeyedPath<T> {
  /** The page's data, handed to it as props. */
  data: T;
  /** The route's `edition` parameter: undefined for the site's language, else its prefix. */
  edition: string | undefined;
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

/**
 * The cache key of a page of `edition` that shows `data`. The editions there are are part of it:
 * every page's header links to each of them.
 */
function keyed<T>(site: Site, edition: string, data: T): KeyedPath<T> {
  return {
    data,
    edition: editionParam(edition),
    // How photos are made is in every made photo's name, so in every page that shows one.
    cacheKey: digestOf(SHOWN_SETTINGS, [...site.editions.keys()], site.photos.stamp, edition, data),
  };
}

/** The route parameter of an edition: none for the site's own language. */
export function editionParam(key: string): string | undefined {
  return key || undefined;
}

let cache: { signature: string; data: Promise<Site> } | undefined;

/** How cards are drawn (code, fonts, libraries): read once per process, part of every card's name. */
let drawing: Promise<string> | undefined;

/** How photos are made (code, encoders): read once per process, part of every made photo's name. */
let making: Promise<string> | undefined;

/**
 * The site's data, built once and reused until the content changes: once per build, and in the
 * dev server once per edit (the signature of the stored entries tells), not once per request.
 */
export async function getSite(): Promise<Site> {
  // A build's content never changes: after the first page, no need to ask the store again.
  if (!__DATELINE_SHOW_DRAFTS__ && cache) return cache.data;
  const [entries, photos, profiles] = await Promise.all([
    getCollection('articles'),
    getCollection('photos'),
    getCollection('authors'),
  ]);
  const signature = __DATELINE_SHOW_DRAFTS__
    ? [entries, photos, profiles]
        .flatMap((collection) => collection.map((entry) => `${entry.id}:${entry.digest}`))
        .join('|')
    : 'build';
  if (cache?.signature !== signature) {
    const [cards, made] = await Promise.all([
      (drawing ??= cardDrawing(resolve())),
      (making ??= photoMaking(resolve())),
    ]);
    const infos = new Map(photos.map((photo) => [photo.id, photo.data as PhotoInfo]));
    cache = {
      signature,
      data: Promise.resolve(
        computeSite(
          getPublishedArticles(entries),
          profiles.map((profile) => profile.data),
          shownPhotos(infos, made, site.base, __DATELINE_SHOW_DRAFTS__),
          cards,
        ),
      ),
    };
  }
  return cache.data;
}

/** One edition's data: `''` (the site's language) or a language's prefix (`es`). */
export async function getSiteData(key = ''): Promise<SiteData> {
  const data = (await getSite()).editions.get(key);
  if (!data) throw new Error(`no published articles in the "${key}" edition`);
  return data;
}

function computeSite(
  articles: ListedArticle[],
  profiles: Author[],
  photos: ShownPhotos,
  drawing: string,
): Site {
  // A profile has a page once a story it signs is shown: never before its first is published.
  const authors = publishedAuthors(profiles, articles);
  const pages = new Map(authors.map((author) => [author.name, authorPath(author.slug, site.base)]));
  const profileOf = (name: string) => pages.get(name);
  const cards = new Map(articles.map((article) => [article, toCard(article, profileOf)]));
  const cardOf = (article: ListedArticle) => cards.get(article)!;
  const times = new Map(
    articles.map((article) => [article, sortTime(mustParseDate(article.date), site.timeZone)]),
  );
  const timeOf = (article: ListedArticle) => times.get(article)!;
  const editionOf = new Map(
    articles.map((article) => [article.slug, editionKey(article.lang, site.lang)]),
  );
  const byEdition = Map.groupBy(articles, (article) => editionOf.get(article.slug)!);
  const editions = new Map(
    editionKeys(
      articles.map((article) => article.lang),
      site.lang,
    ).map((key) => [key, editionData(editionAt(key), byEdition.get(key) ?? [], timeOf, cardOf)]),
  );
  const photoStamps = (article: Pick<ListedArticle, 'image' | 'photos'>) =>
    [article.image?.photo, ...article.photos.map((photo) => photo.key)]
      .filter((key) => key !== undefined)
      .map((key) => photos.info(key)?.digest ?? `missing ${key}`);
  const socialCards = new Map<ListedArticle, SocialCard>();
  const socialCardOf = (article: ListedArticle) => {
    if (previewKind(article.image, photos.info) !== 'drawn') return undefined;
    let card = socialCards.get(article);
    if (!card) {
      // The same name as the cards integration gives the file (src/integrations/socialCards.ts).
      const { dates, text } = editionAt(editionOf.get(article.slug)!);
      const spec = cardSpec(article, { dates, dir: text.dir }, site);
      const name = cardName(article.slug, spec, drawing);
      card = { name, spec, path: cardPath(name, site.base) };
      socialCards.set(article, card);
    }
    return card;
  };
  return {
    photos,
    photoStamps,
    socialCardOf,
    editions,
    articles,
    editionOf,
    versions: storyVersions(articles),
    cardOf,
    authors,
    profileOf,
  };
}

function editionData(
  edition: Edition,
  articles: ListedArticle[],
  timeOf: (article: ListedArticle) => number,
  cardOf: (article: ListedArticle) => Card,
): SiteData {
  const topicsBySlug = buildTopicIndex(articles);
  return {
    edition,
    articles,
    topics: sortTopics(topicsBySlug.values(), edition.lang),
    topicsBySlug,
    archive: groupByMonth(articles, site.timeZone),
    positions: new Map(articles.map((article, i) => [article.slug, i])),
    timeOf,
    cardOf,
    relatedTo: relatedFinder(topicsBySlug, timeOf),
    inputs: new Map(),
  };
}

/** Every edition's route parameter, for the pages each edition has once (its index, topics…). */
export async function getEditionPaths(): Promise<{ params: { edition: string | undefined } }[]> {
  const { editions } = await getSite();
  return [...editions.keys()].map((key) => ({ params: { edition: editionParam(key) } }));
}

/** A link to an edition's front page, for the header of a site in several languages. */
export interface EditionLink {
  key: string;
  lang: string;
  /** The language's name in itself. */
  name: string;
  path: string;
}

/**
 * Every edition's front page, the site's language first, but the edition `except` (a page's
 * own, for its header); empty when the site has only one.
 */
export async function getEditionLinks(except?: string): Promise<EditionLink[]> {
  const { editions } = await getSite();
  if (editions.size < 2) return [];
  return [...editions.values()]
    .filter(({ edition }) => edition.key !== except)
    .map(({ edition }) => ({
    key: edition.key,
    lang: edition.lang,
    name: edition.name,
    path: edition.base,
  }));
}

/** A line of the topics page: a topic, its page and how many articles it has. */
export interface TopicEntry {
  name: string;
  path: string;
  /** "3 articles". */
  count: string;
}

/** Every topic of an edition, by name, for its topics page. */
export async function getTopicEntries(key = ''): Promise<TopicEntry[]> {
  const { topics, edition } = await getSiteData(key);
  return topics.map((topic) => ({
    name: topic.name,
    path: topicPath(topic.slug, edition.base),
    count: edition.countArticles(topic.articles.length),
  }));
}

/** A year of the archive page: its months with their pages and counts. */
export interface ArchiveYearEntry {
  year: number;
  /** "12 articles". */
  count: string;
  months: { path: string; label: string; count: number }[];
}

/** Every year of an edition's archive, newest first, for its archive page. */
export async function getArchiveEntries(key = ''): Promise<ArchiveYearEntry[]> {
  const { archive, edition } = await getSiteData(key);
  return archive.map((year) => ({
    year: year.year,
    count: edition.countArticles(year.count),
    months: year.months.map((month) => ({
      path: monthPath(month.year, month.month, edition.base),
      label: formatMonth(month.year, month.month, edition.dates),
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

/** Pages made for every edition: `make` gives one edition's, each keyed with its edition. */
async function everyEdition<T>(
  make: (data: SiteData, key: (value: T) => KeyedPath<T>) => KeyedPath<T>[],
): Promise<KeyedPath<T>[]> {
  const whole = await getSite();
  return [...whole.editions.entries()].flatMap(([key, data]) =>
    make(data, (value) => keyed(whole, key, value)),
  );
}

/** Every month of every edition's archive, with its articles' cards. */
export async function getArchiveMonthPaths(): Promise<KeyedPath<ArchiveMonthPage>[]> {
  return everyEdition<ArchiveMonthPage>(({ archive, cardOf, edition }, key) =>
    archive.flatMap((year) =>
      year.months.map((month) =>
        key({
          year: month.year,
          month: month.month,
          heading: formatMonth(month.year, month.month, edition.dates),
          cards: month.articles.map(cardOf),
        }),
      ),
    ),
  );
}

/** An edition's index pages: `/`, `/page/2/`, … (`/es/`, `/es/page/2/`, …) */
function indexPages({ articles, cardOf, edition }: SiteData): PageView<Card>[] {
  return buildPages(articles.map(cardOf), site.articlesPerPage, edition.base);
}

/** An edition's front page: the lead story, the rest of the latest, the sections, and its pagination. */
export async function getFrontPage(
  key = '',
): Promise<FrontPage & { page: PageView<Card>; leadPhoto: string | undefined }> {
  const whole = await getSite();
  const data = await getSiteData(key);
  const { articles, topicsBySlug, cardOf, edition } = data;
  const [page] = indexPages(data);
  const firstPage = articles
    .slice(0, page!.items.length)
    .map((article) => ({ card: cardOf(article), featured: article.featured }));
  const front = frontPage({
    firstPage,
    // The sections name topics in the site's language: other editions show the latest alone.
    sections: key === '' ? site.sections : [],
    topicOf: (name) => topicsBySlug.get(topicsBySlug.slugOf(name)),
    topicPath: (topic) => topicPath(topic.slug, edition.base),
    cardOf,
    perSection: SECTION_SIZE,
  });
  const photo = front.lead?.image?.photo ? whole.photos.info(front.lead.image.photo) : undefined;
  const leadPhoto =
    photo &&
    columnPictureHtml(whole.photos, photo, {
      alt: front.lead?.image?.alt ?? '',
      priority: true,
      className: 'lead-image',
    });
  return { ...front, page: page!, leadPhoto };
}

/** How many stories each front-page section shows. */
const SECTION_SIZE = 4;

/** One page of an author's listing: the profile and a page of their articles. */
export type AuthorPage = {
  author: Author;
  /** The bio as HTML, its photos made into pictures. */
  bio: string;
  /** The portrait as a picture (HTML), when it is a photo beside the profile. */
  portrait: string | undefined;
  /** The head metadata of the author's pages. */
  meta: PageMeta;
  page: PageView<Card>;
};

/**
 * Pages of every author: each one's first page (`/authors/x/`), or all their later ones. An
 * author's pages list their stories in every language, at the site's base.
 */
export async function getAuthorPaths(which: 'first' | 'later'): Promise<KeyedPath<AuthorPage>[]> {
  const whole = await getSite();
  const { authors, articles, cardOf } = whole;
  return authors.flatMap((author) =>
    buildPages(
      articles.filter((article) => article.authors.includes(author.name)).map(cardOf),
      site.articlesPerPage,
      authorPath(author.slug, site.base),
    )
      .filter((page) => (which === 'first') === (page.number === 1))
      .map((page) => keyed(whole, '', { ...authorView(whole.photos, author), page })),
  );
}

/** What an author's pages show of the profile: its bio and portrait made, its metadata. */
function authorView(photos: ShownPhotos, author: Author): Omit<AuthorPage, 'page'> {
  const photo = author.photo?.photo ? photos.info(author.photo.photo) : undefined;
  return {
    author,
    bio: bodyHtml(photos, { html: author.bio, photos: author.bioPhotos }),
    portrait:
      photo &&
      pictureHtml(photos.portrait(photo), {
        url: photos.url,
        sizes: PORTRAIT_SIZES_ATTRIBUTE,
        alt: author.photo!.alt,
        className: 'portrait',
      }),
    meta: metaForAuthor(author, photos),
  };
}

/** How wide a portrait is laid out on an author's page. */
const PORTRAIT_SIZES_ATTRIBUTE = '96px';

/** An author's feed: the profile and their newest articles. */
export type AuthorFeed = { author: Author; articles: ListedArticle[] };

/** Every author's feed, keyed like topic feeds. */
export async function getAuthorFeedPaths(): Promise<KeyedPath<AuthorFeed>[]> {
  const whole = await getSite();
  return whole.authors.map((author) => {
    const theirs = whole.articles
      .filter((article) => article.authors.includes(author.name))
      .slice(0, FEED_SIZE);
    const shown = theirs.map(({ filePath: _file, ...article }) => article);
    const photos = theirs.flatMap(whole.photoStamps);
    const { cacheKey, edition } = keyed(whole, '', { author, shown, photos });
    return { data: { author, articles: theirs }, edition, cacheKey };
  });
}

/** Every old URL of a moved story (its aliases), with the story's URL: small redirect pages. */
export async function getAliasPaths(): Promise<
  KeyedPath<{ alias: string; to: string; title: string }>[]
> {
  return everyEdition(({ articles }, key) =>
    articles.flatMap((article) =>
      article.aliases.map((alias) => key({ alias, to: article.url, title: article.title })),
    ),
  );
}

/** Every edition's later index pages: `/page/2/`, `/page/3/`, … */
export async function getLaterIndexPaths(): Promise<KeyedPath<PageView<Card>>[]> {
  return everyEdition((data, key) => indexPages(data).slice(1).map(key));
}

/** One page of a topic's listing. */
export type TopicPage = {
  slug: string;
  /** The topic's name, as its newest article spells it. */
  name: string;
  page: PageView<Card>;
};

/** Pages of every topic of every edition: each topic's first page (`/topics/x/`), or all its later ones. */
export async function getTopicPaths(which: 'first' | 'later'): Promise<KeyedPath<TopicPage>[]> {
  return everyEdition<TopicPage>(({ topics, cardOf, edition }, key) =>
    topics.flatMap((topic) =>
      buildPages(topic.articles.map(cardOf), site.articlesPerPage, topicPath(topic.slug, edition.base))
        .filter((page) => (which === 'first') === (page.number === 1))
        .map((page) => key({ slug: topic.slug, name: topic.name, page })),
    ),
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
  const whole = await getSite();
  return [...whole.editions.entries()].flatMap(([key, { topics }]) =>
    topics.map((topic) => {
      const articles = topic.articles.slice(0, FEED_SIZE);
      const shown = articles.map(({ filePath: _file, ...article }) => article);
      const photos = articles.flatMap(whole.photoStamps);
      const { cacheKey, edition } = keyed(whole, key, {
        slug: topic.slug,
        name: topic.name,
        shown,
        photos,
      });
      return { data: { slug: topic.slug, name: topic.name, articles }, edition, cacheKey };
    }),
  );
}

/** One article with its older and newer neighbours, related stories and other languages. */
function articleInputs(whole: Site, data: SiteData, slug: string): ArticleInputs {
  const known = data.inputs.get(slug);
  if (known) return known;
  const { articles, positions, relatedTo, topicsBySlug, edition } = data;
  const i = positions.get(slug);
  if (i === undefined) throw new Error(`no published article with slug "${slug}"`);
  const { filePath: _file, ...article } = articles[i]!;
  const { older, newer } = neighbours(articles, i);
  const versions = whole.versions.get(slug) ?? [];
  const inputs: ArticleInputs = {
    article,
    older: older && toStoryLink(older),
    newer: newer && toStoryLink(newer),
    related: relatedTo(articles[i]!).map(toStoryLink),
    topics: article.tags
      .map((name) => ({ name, path: topicPath(topicsBySlug.slugOf(name), edition.base) }))
      .filter((link, j, all) => all.findIndex((other) => other.path === link.path) === j),
    people: toPeople(article.authors, whole.profileOf),
    leadPhoto: article.image?.photo ? whole.photos.info(article.image.photo) : undefined,
    photoStamps: whole.photoStamps(article),
    socialCard: whole.socialCardOf(articles[i]!)?.path,
    versions:
      versions.length < 2
        ? []
        : versions.map((version) => ({
            lang: version.lang,
            name: editionAt(whole.editionOf.get(version.slug)!).name,
            url: version.url,
            title: version.title,
            original: version.translationOf === undefined,
          })),
  };
  data.inputs.set(slug, inputs);
  return inputs;
}

/** The edition an article is published in, and its data. */
async function homeOf(slug: string): Promise<{ whole: Site; data: SiteData }> {
  const whole = await getSite();
  const key = whole.editionOf.get(slug);
  if (key === undefined) throw new Error(`no published article with slug "${slug}"`);
  return { whole, data: whole.editions.get(key)! };
}

/** An article page's surroundings: everything it shows but its body, which it reads itself. */
export async function getArticleContext(slug: string): Promise<ArticleContext> {
  const { whole, data } = await homeOf(slug);
  const inputs = articleInputs(whole, data, slug);
  const { article } = inputs;
  const { text, dates } = data.edition;
  return {
    ...inputs,
    meta: metaForArticle(
      article,
      inputs.people,
      inputs.versions,
      (inputs.leadPhoto && leadImages(whole.photos, inputs.leadPhoto)) ??
        (inputs.socialCard === undefined
          ? undefined
          : drawnCardImages(inputs.socialCard, article.title)),
    ),
    corrections: showCorrections(article.corrections, site.timeZone, text, dates),
    toc: article.headings.length >= TOC_MIN_HEADINGS ? article.headings : [],
    share: shareLinks(absoluteUrl(article.url, site.url), article.title, text.email),
    leadPicture:
      inputs.leadPhoto &&
      columnPictureHtml(whole.photos, inputs.leadPhoto, {
        alt: article.image?.alt ?? '',
        priority: true,
      }),
    translations: inputs.versions.filter((version) => version.url !== article.url),
  };
}

/**
 * Every article page's slug and edition with its cache key. The dev server renders one page per
 * request and needs no keys, so there each page makes its own context when asked, not all of
 * them at once.
 */
export async function getArticlePaths(): Promise<
  { slug: string; edition: string | undefined; cacheKey?: string }[]
> {
  const whole = await getSite();
  return [...whole.editions.entries()].flatMap(([key, data]) =>
    data.articles.map(({ slug }) => {
      const edition = editionParam(key);
      if (__DATELINE_SHOW_DRAFTS__) return { slug, edition };
      return { slug, edition, cacheKey: keyed(whole, key, articleInputs(whole, data, slug)).cacheKey };
    }),
  );
}

/** The search bundles an edition's search page merges (see searchBundles.ts), newest first. */
export async function getSearchBundlePaths(key = ''): Promise<string[]> {
  const { archive } = await getSiteData(key);
  return bundleNames(
    archive.map((year) => year.year),
    key,
  ).map((name) => bundlePath(site.base, name));
}

/**
 * An article's body as sanitised HTML, read from the body store, its photos made into
 * responsive pictures by Astro's image pipeline.
 */
export async function getArticleHtml(article: { body: string }): Promise<string> {
  const { photos } = await getSite();
  return bodyHtml(photos, await readBody(cachePaths.bodies, article.body));
}

/** The newest articles of an edition (given newest first) as feed items, photos made absolute. */
export async function getFeedItems(articles: readonly ListedArticle[], key = ''): Promise<FeedItem[]> {
  return feedItems(articles, key, (await getSite()).photos);
}
