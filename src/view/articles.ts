/**
 * Article pages: each story with its neighbours, related stories, topics, byline and other
 * languages (what its key covers), the page made from those, and a moved story's old URLs.
 */
import { readBody } from '../build/bodyStore.ts';
import type { Heading } from '../content/markdown/pipeline.ts';
import { type ShownCorrection, showCorrections } from '../lib/corrections.ts';
import type { PageMeta } from '../lib/meta.ts';
import type { PhotoInfo } from '../lib/photoSizes.ts';
import { neighbours } from '../lib/related.ts';
import { type ShareLink, shareLinks } from '../lib/share.ts';
import { type Kicker, type Person, type StoryLink, toStoryLink } from '../lib/teasers.ts';
import { topicLink } from '../lib/topics.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { cache, editionAt, settings } from '../settings.ts';
import { drawnCardImages, leadImages, metaForArticle } from './headMeta.ts';
import { bodyHtml, columnPictureHtml, shownPhotos } from './shownPhotos.ts';
import { PREVIEW } from './site.ts';
import { type KeyedPage, keyedPage } from './routes.ts';
import type { EditionModel, ListedArticle, SiteModel, Version } from './site.ts';

/** A story needs a table of contents from this many second-level headings. */
export const TOC_MIN_HEADINGS = 3;

/** An article as its page shows it: the record without what only the build needs. */
export type ShownArticle = Omit<ListedArticle, 'filePath'>;

/** A link to a topic page. */
export interface TopicLink {
  name: string;
  path: string;
}

/**
 * What an article page is made from: its record and its links to other stories. The rest of
 * the page (metadata, corrections, share links) is derived from these by code, which Astro's
 * incremental build tracks itself, so these are what its cache key covers.
 */
export interface ArticleInputs {
  article: ShownArticle;
  /** Its section or first topic, above the headline. */
  kicker: Kicker | undefined;
  /** When it last changed (an update or a correction), if it did: the dateline's "Updated". */
  updated: string | undefined;
  older: StoryLink | undefined;
  newer: StoryLink | undefined;
  related: StoryLink[];
  /** Its topics' pages: a slug depends on the other topics of the site (see topicSlugs). */
  topics: TopicLink[];
  /** The byline's names, linked to the profiles there are. */
  people: Person[];
  /** The story in every language it is published in, this one included (empty when only this). */
  versions: Version[];
  /** What is known of its photos beside it (the lead's and the body's), by key. */
  photos: PhotoInfo[];
  /** How photos are made, part of their files' names (see photoMaking). */
  photoStamp: string;
  /** Its drawn link-preview card (path, and what it shows), when it has no picture to share. */
  drawnCard: { path: string; alt: string } | undefined;
}

/** An article page's props: a story, or an old URL of a moved one. */
export type ArticlePage =
  | { story: ArticleInputs; moved?: undefined }
  | { story?: undefined; moved: { to: string; title: string } };

/** One story's inputs (see ArticleInputs), from its edition. */
function articleInputs(site: SiteModel, data: EditionModel, i: number): ArticleInputs {
  const { articles, relatedTo, topicsBySlug, edition } = data;
  const { filePath: _file, ...article } = articles[i]!;
  const { older, newer } = neighbours(articles, i);
  const keys = [article.image?.photo, ...article.photos.map((photo) => photo.key)];
  const teaser = site.teaserOf(articles[i]!);
  const card = site.drawnCardOf(articles[i]!);
  return {
    article,
    kicker: teaser.kicker,
    updated: teaser.updated,
    older: older && toStoryLink(older),
    newer: newer && toStoryLink(newer),
    related: relatedTo(articles[i]!).map(toStoryLink),
    topics: article.tags
      .map((tag) => topicLink(topicsBySlug, tag, edition.base))
      .filter((link, j, all) => all.findIndex((other) => other.path === link.path) === j),
    people: site.peopleOf(article.authors),
    versions: site.versionsOf(article.slug),
    photos: [...new Set(keys)]
      .filter((key) => key !== undefined)
      .map((key) => site.photos.info(key))
      .filter((info) => info !== undefined),
    photoStamp: site.photos.stamp,
    drawnCard: card && { path: card.path, alt: card.alt },
  };
}

/** Every story's page, and a page at each old URL of a moved story (its aliases), in every edition. */
export function articlePages(site: SiteModel): KeyedPage<ArticlePage>[] {
  return [...site.editions.entries()].flatMap(([key, data]) => [
    ...data.articles.map((article, i) =>
      keyedPage(site, key, { slug: article.slug }, () => ({ story: articleInputs(site, data, i) })),
    ),
    // Hosts that read no redirects (GitHub Pages, buckets) show this page, which sends readers on.
    ...data.articles.flatMap((article) =>
      article.aliases.map((alias) =>
        keyedPage(site, key, { slug: alias }, () => ({
          moved: { to: article.url, title: article.title },
        })),
      ),
    ),
  ]);
}

/** Everything an article page shows but its body, made from its inputs. */
export interface ArticleView extends ArticleInputs {
  /** Open Graph, Twitter and NewsArticle JSON-LD. */
  meta: PageMeta;
  /** Its corrections as readers see them, oldest first. */
  corrections: ShownCorrection[];
  /** In-page links to its headings: a long read's table of contents (empty for short stories). */
  toc: Heading[];
  /** Plain links that share it. */
  share: ShareLink[];
  /** The story in its other languages: the visible "Also in" links. */
  translations: Version[];
  /** Its lead photo as a responsive picture (HTML), when it is a photo beside the article. */
  leadPicture: string | undefined;
  /** The body as safe HTML, its photos made into responsive pictures. */
  html: string;
}

/** An article page, made from its inputs and its body from the body store. */
export async function articleView(
  inputs: ArticleInputs,
  edition: string | undefined,
): Promise<ArticleView> {
  const { article } = inputs;
  const { text, dates } = editionAt(edition);
  const photos = shownPhotos(
    new Map(inputs.photos.map((photo) => [photo.key, photo])),
    inputs.photoStamp,
    settings.base,
    PREVIEW,
  );
  const lead = article.image?.photo ? photos.info(article.image.photo) : undefined;
  return {
    ...inputs,
    meta: metaForArticle(
      article,
      inputs.people,
      inputs.versions,
      (lead && leadImages(photos, lead)) ??
        (inputs.drawnCard === undefined
          ? undefined
          : drawnCardImages(inputs.drawnCard.path, inputs.drawnCard.alt)),
    ),
    corrections: showCorrections(article.corrections, settings.timeZone, text, dates),
    toc: article.headings.length >= TOC_MIN_HEADINGS ? article.headings : [],
    share: shareLinks(absoluteUrl(article.url, settings.url), article.title, text.email),
    translations: inputs.versions.filter((version) => version.url !== article.url),
    leadPicture:
      lead && columnPictureHtml(photos, lead, { alt: article.image?.alt ?? '', priority: true }),
    html: bodyHtml(photos, readBody(cache.bodies, article.body)),
  };
}
