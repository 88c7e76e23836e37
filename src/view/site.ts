/**
 * The site as pages see it, made once per build (once per edit in the dev server) from the
 * content store: every story a reader may see, each language's part of the site (its edition),
 * the author pages, the photos, and the one publication record of each story. Route modules
 * (articles.ts, listings.ts, authors.ts, feeds.ts, searchPages.ts) turn it into keyed pages; nothing else reads it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { cardDrawing, photoMaking } from '../build/caches.ts';
import type { Article } from '../content/articleSchema.ts';
import type { Author } from '../content/authorSchema.ts';
import { type ArchiveYear, groupByMonth } from '../lib/archive.ts';
import { type ArticleStatus, selectPublished } from '../lib/articleStatus.ts';
import { publishedAuthors } from '../lib/shownProfiles.ts';
import { mustParseDate, sortTime } from '../lib/dates.ts';
import { sealed } from '../lib/digest.ts';
import { type DrawnCardOf, storyCardFor } from '../lib/drawnCard.ts';
import { type Edition, editionKey, editionKeys } from '../lib/editions.ts';
import { type PhotoInfo, previewKind } from '../lib/photoSizes.ts';
import { relatedFinder } from '../lib/related.ts';
import { type Person, type Teaser, toPeople, toTeaser } from '../lib/teasers.ts';
import { topicKey } from '../lib/topicKey.ts';
import {
  type Topic,
  type TopicIndex,
  buildTopicIndex,
  sortTopics,
  topicLink,
} from '../lib/topics.ts';
import { type SectionSource, kickerOf } from '../lib/frontPage.ts';
import { lastChange } from '../lib/meta.ts';
import { storyVersions } from '../lib/translations.ts';
import { authorPath, cardPath, topicPath } from '../lib/urls.ts';
import { buildNow, editionAt, liveNow, settings } from '../settings.ts';
import { type ShownPhotos, shownPhotos } from './shownPhotos.ts';

/** An article as pages list it: the record and where it stands at build time. */
export type ListedArticle = Article & { status: ArticleStatus };

/** One version of a story: itself in a language, for the links between translations. */
export interface Version {
  /** Its language tag. */
  lang: string;
  /** The language's name in itself: `español`. */
  name: string;
  url: string;
  title: string;
  /** Whether it is the original the others translate. */
  original: boolean;
}

/** A drawn link-preview card: its file's name, what it shows, and its path on the site. */
export interface DrawnCard extends DrawnCardOf {
  path: string;
}

/** One language's part of the site (an edition, see editions.ts), with its lists made once. */
export interface EditionModel {
  /** Its language, words and base path. */
  edition: Edition;
  /** Its stories, newest first. */
  articles: ListedArticle[];
  /** By name, in the language's order. */
  topics: Topic<ListedArticle>[];
  topicsBySlug: TopicIndex<ListedArticle>;
  /** Newest year first. */
  archive: ArchiveYear<ListedArticle>[];
  /** Where each story sits in `articles`, by slug. */
  positions: Map<string, number>;
  /** Up to three related stories of a story. */
  relatedTo: (article: ListedArticle) => ListedArticle[];
  /**
   * Its sections, in the settings' order: those with a topic page. The sections name topics in
   * the site's language, so other editions have none.
   */
  sections: SectionSource<ListedArticle>[];
}

/** The whole site: an edition per language, the stories' versions, the authors and photos. */
export interface SiteModel {
  /** By edition key: `''` (the site's language) first. */
  editions: Map<string, EditionModel>;
  /** Every story a reader may see, newest first, in every language. */
  articles: ListedArticle[];
  /** The edition key of each story, by slug. */
  editionOf: Map<string, string>;
  /** Every published version of a story (none when it has only itself), by slug. */
  versionsOf: (slug: string) => Version[];
  /** A story's teaser, as listings show it, made once. */
  teaserOf: (article: ListedArticle) => Teaser;
  /** The card drawn for a story that has no picture of its own to share (see previewKind). */
  drawnCardOf: (article: ListedArticle) => DrawnCard | undefined;
  /** The profiles with a page: those with a story the site shows. */
  authors: Author[];
  /** Every profile, with a page or not yet (the CMS's Authors box lists them). */
  profiles: Author[];
  /** The page of the profile a byline name has, if any. */
  profileOf: (name: string) => string | undefined;
  /** A byline's names as an article's byline block shows them: linked, with roles and portraits. */
  peopleOf: (names: readonly string[]) => Person[];
  /** The photos beside the stories and profiles, as pages show them. */
  photos: ShownPhotos;
  /**
   * What a story's photos are, for cache keys: their digests. A record names a photo by its
   * path only, so a photo redrawn under the same name would otherwise leave pages showing the old.
   */
  photoStamps: (article: Pick<Article, 'image' | 'photos'>) => string[];
}

/** Whether the site shows drafts and scheduled stories, marked: only the dev server does. */
export const PREVIEW = __DATELINE_SHOW_DRAFTS__;

/** The stories a reader may see, newest first: the one list every page and feed starts from. */
export function shownArticles(records: readonly Article[]): ListedArticle[] {
  return selectPublished(records, {
    preview: PREVIEW,
    // The dev server's marks read its clock as the site is made again after each save.
    now: PREVIEW ? liveNow() : buildNow,
    timeZone: settings.timeZone,
    lang: settings.lang,
  });
}

/** Marks the work of finding a route's pages (see pagesOf in routes.ts), for the dev guard. */
export const findingPages = new AsyncLocalStorage<true>();

let cache: { signature: string; model: Promise<SiteModel> } | undefined;

/** How cards are drawn and photos made: read once per process, part of their files' names. */
let stamps: Promise<[cards: string, photos: string]> | undefined;

/**
 * The site, made once and reused until the content changes: once per build, and in the dev
 * server once per edit (the signature of the stored entries tells), not once per request. Only a
 * route's page finder may ask for it (see pagesOf): what a page shows must come in its props,
 * which its cache key covers. The dev server says so when a page reads it while rendering.
 */
export async function getSite(): Promise<SiteModel> {
  if (PREVIEW && !findingPages.getStore()) {
    console.error(
      new Error(
        'a page read the site while rendering, outside what its cache key covers: give it the data in its props (see src/view/routes.ts)',
      ).stack,
    );
  }
  // A build's content never changes: after the first page, no need to ask the store again.
  if (!PREVIEW && cache) return cache.model;
  const [entries, catalogue] = await Promise.all([
    getCollection('articles'),
    getCollection('catalogue'),
  ]);
  const signature = PREVIEW
    ? [entries, catalogue]
        .flatMap((collection) => collection.map((entry) => `${entry.id}:${entry.digest}`))
        .join('|')
    : 'build';
  if (cache?.signature !== signature) {
    const [cards, made] = await (stamps ??= Promise.all([
      cardDrawing(resolve()),
      photoMaking(resolve()),
    ]));
    const infos = new Map<string, PhotoInfo>();
    const profiles: Author[] = [];
    for (const { data } of catalogue) {
      if (data.kind === 'photos') for (const photo of data.photos) infos.set(photo.key, photo);
      else if (data.kind === 'author') profiles.push(data.author);
    }
    cache = {
      signature,
      model: Promise.resolve(
        siteModel(
          shownArticles(entries.map((entry) => entry.data)),
          profiles,
          shownPhotos(infos, made, settings.base, PREVIEW),
          cards,
        ),
      ),
    };
  }
  return cache.model;
}

/** The site made from its shown stories, its profiles and photos, and how cards are drawn. */
function siteModel(
  articles: ListedArticle[],
  profiles: Author[],
  photos: ShownPhotos,
  drawing: string,
): SiteModel {
  // A profile has a page once a story it signs is shown: never before its first is published.
  const authors = publishedAuthors(profiles, articles);
  const pages = new Map(
    authors.map((author) => [author.name, authorPath(author.slug, settings.base)]),
  );
  const profileOf = (name: string) => pages.get(name);
  const byName = new Map(authors.map((author) => [author.name, author]));
  const times = new Map(
    articles.map((article) => [article, sortTime(mustParseDate(article.date), settings.timeZone)]),
  );
  const timeOf = (article: ListedArticle) => times.get(article)!;
  const editionOf = new Map(
    articles.map((article) => [article.slug, editionKey(article.lang, settings.lang)]),
  );
  const byEdition = Map.groupBy(articles, (article) => editionOf.get(article.slug)!);
  const editions = new Map(
    editionKeys(
      articles.map((article) => article.lang),
      settings.lang,
    ).map((key) => [key, editionModel(editionAt(key), byEdition.get(key) ?? [], timeOf)]),
  );
  const teasers = new Map(
    articles.map((article) => {
      const { topicsBySlug, edition } = editions.get(editionOf.get(article.slug)!)!;
      const kicker = kickerOf(
        article.tags,
        settings.sections,
        (a, b) => topicKey(a) === topicKey(b),
      );
      const photo = article.image?.photo ? photos.info(article.image.photo) : undefined;
      const teaser = toTeaser(article, toPeople(article.authors, profileOf), {
        updated: lastChange(article, settings.timeZone),
        kicker: kicker === undefined ? undefined : topicLink(topicsBySlug, kicker, edition.base),
        thumbnail: photo && { set: photos.column(photo), alt: article.image?.alt ?? '' },
      });
      // Sealed: the listing pages that show it take its digest for their keys, not its text.
      return [article, sealed(teaser)];
    }),
  );
  const versions = storyVersions(articles);
  const drawnCards = new Map<ListedArticle, DrawnCard>();
  return {
    editions,
    articles,
    editionOf,
    versionsOf: (slug) => {
      const story = versions.get(slug) ?? [];
      if (story.length < 2) return [];
      return story.map((version) => ({
        lang: version.lang,
        name: editionAt(editionOf.get(version.slug)!).name,
        url: version.url,
        title: version.title,
        original: version.translationOf === undefined,
      }));
    },
    teaserOf: (article) => teasers.get(article)!,
    drawnCardOf: (article) => {
      if (previewKind(article.image, photos.info) !== 'drawn') return undefined;
      let card = drawnCards.get(article);
      if (!card) {
        const edition = editionAt(editionOf.get(article.slug)!);
        const drawn = storyCardFor(article, edition, editionAt(''), settings, drawing, buildNow);
        card = { ...drawn, path: cardPath(drawn.name, settings.base) };
        drawnCards.set(article, card);
      }
      return card;
    },
    authors,
    profiles,
    profileOf,
    peopleOf: (names) =>
      names.map((name) => {
        const author = byName.get(name);
        if (!author) return { name };
        const photo = author.photo?.photo ? photos.info(author.photo.photo) : undefined;
        return {
          name,
          url: profileOf(name),
          role: author.role,
          portrait: photo && { set: photos.portrait(photo), alt: author.photo!.alt },
        };
      }),
    photos,
    photoStamps: (article) =>
      [article.image?.photo, ...article.photos.map((photo) => photo.key)]
        .filter((key) => key !== undefined)
        .map((key) => photos.info(key)?.digest ?? `missing ${key}`),
  };
}

/** One edition's lists, made once from its stories (newest first). */
function editionModel(
  edition: Edition,
  articles: ListedArticle[],
  timeOf: (article: ListedArticle) => number,
): EditionModel {
  const topicsBySlug = buildTopicIndex(articles);
  const sections = (edition.key === '' ? settings.sections : []).flatMap((name) => {
    const topic = topicsBySlug.get(topicsBySlug.slugOf(name));
    if (!topic || topic.articles.length === 0) return [];
    return [
      { name: topic.name, path: topicPath(topic.slug, edition.base), stories: topic.articles },
    ];
  });
  return {
    edition,
    sections,
    articles,
    topics: sortTopics(topicsBySlug.values(), edition.lang),
    topicsBySlug,
    archive: groupByMonth(articles, settings.timeZone),
    positions: new Map(articles.map((article, i) => [article.slug, i])),
    relatedTo: relatedFinder(topicsBySlug, timeOf),
  };
}
