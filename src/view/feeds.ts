/**
 * What the feeds carry: an edition's, a topic's or an author's newest stories with their full
 * bodies (each photo one plain JPEG), and each feed's description.
 */
import type { RSSOptions } from '@astrojs/rss';
import { readBody } from '../build/bodyStore.ts';
import type { Article } from '../content/articleSchema.ts';
import type { Author } from '../content/authorSchema.ts';
import { withPhotos } from '../lib/bodyPhotos.ts';
import {
  FEED_SIZE,
  type FeedImage,
  type FeedItem,
  type FeedMeta,
  mediaContent,
  toFeedItems,
} from '../lib/feedFormats.ts';
import type { PhotoInfo } from '../lib/photoSizes.ts';
import { escapeAttribute } from '../lib/pictures.ts';
import { FEEDS, absoluteUrl, authorPath, topicPath } from '../lib/urls.ts';
import { escapeHtml } from '../lib/markdownEscape.ts';
import { escapeXml } from '../lib/xml.ts';
import { cache, editionAt, settings } from '../settings.ts';
import { storiesBy } from './authors.ts';
import { editionPages } from './listings.ts';
import { editionHome } from './headMeta.ts';
import { type ShownPhotos, shownPhotos } from './shownPhotos.ts';
import { type KeyedPage, keyedPage } from './routes.ts';
import { PREVIEW, type SiteModel } from './site.ts';

/** A photo at the column's width as a JPEG, its URL absolute: what feed readers get. */
function feedJpeg(photos: ShownPhotos, photo: PhotoInfo): Required<FeedImage> {
  const size = photos.feed(photo);
  const url = absoluteUrl(photos.url(size.name), settings.url);
  return { url, type: 'image/jpeg', width: size.width, height: size.height };
}

/** A story's lead picture for its feed item: a photo beside it at the column's width, or its URL. */
function feedImage(article: Pick<Article, 'image'>, photos: ShownPhotos): FeedImage | undefined {
  const photo = article.image?.photo && photos.info(article.image.photo);
  if (photo) return feedJpeg(photos, photo);
  const src = article.image?.src;
  return src ? { url: absoluteUrl(src, settings.url) } : undefined;
}

/** A feed's description: an edition's, or one of its topics'. */
export function feedMeta(
  kind: keyof typeof FEEDS,
  key = '',
  topic?: { slug: string; name: string },
): FeedMeta {
  const edition = editionAt(key);
  const home = topic
    ? absoluteUrl(topicPath(topic.slug, edition.base), settings.url)
    : editionHome(key);
  // Feed readers list feeds by title: another edition's says which language it is in.
  const name = key ? `${settings.name} (${edition.name})` : settings.name;
  return {
    title: topic ? `${name}: ${topic.name}` : name,
    description: topic
      ? edition.text.feedTopicDescription(topic.name, settings.name)
      : edition.description,
    homeUrl: home,
    feedUrl: new URL(FEEDS[kind].file, home).href,
    lang: edition.lang,
  };
}

/** An author's feed: their newest stories. */
export function authorFeedMeta(author: Pick<Author, 'slug' | 'name'>): FeedMeta {
  const home = absoluteUrl(authorPath(author.slug, settings.base), settings.url);
  return {
    title: `${settings.name}: ${author.name}`,
    description: editionAt().text.feedAuthorDescription(author.name, settings.name),
    homeUrl: home,
    feedUrl: new URL(FEEDS.rss.file, home).href,
    lang: settings.lang,
  };
}

/**
 * The newest articles (given newest first) as feed items, with their bodies read from the body
 * store, each body photo one plain image, their few words in the edition's language.
 */
export function feedItems(
  articles: readonly Omit<Article, 'filePath'>[],
  key: string,
  photos: ShownPhotos,
): FeedItem[] {
  const { text, dates } = editionAt(key);
  const newest = articles.slice(0, FEED_SIZE).map((article) => ({
    ...article,
    html: withPhotos(readBody(cache.bodies, article.body), (shown) => {
      const photo = photos.info(shown.key);
      if (!photo) throw new Error(`no photo ${shown.key} among the photos the site shows`);
      const { url, width, height } = feedJpeg(photos, photo);
      const title = shown.title ? ` title="${escapeAttribute(shown.title)}"` : '';
      return `<img src="${escapeAttribute(url)}" width="${width}" height="${height}" alt="${escapeAttribute(shown.alt)}"${title}>`;
    }),
    enclosure: feedImage(article, photos),
  }));
  return toFeedItems(newest, settings.url, settings.timeZone, FEED_SIZE, { words: text, dates });
}

/** Options for `@astrojs/rss` from a feed's description and items. */
export function rssOptions(meta: FeedMeta, items: readonly FeedItem[]): RSSOptions {
  return {
    title: meta.title,
    // RSS readers read descriptions as HTML: the site's and each summary are text.
    description: escapeHtml(meta.description),
    site: meta.homeUrl,
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      media: 'http://search.yahoo.com/mrss/',
    },
    customData: `<language>${escapeXml(meta.lang)}</language><atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.published),
      ...(item.summary && { description: escapeHtml(item.summary) }),
      content: item.html,
      categories: item.tags,
      ...((item.authors.length > 0 || item.enclosure) && {
        customData:
          item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('') +
          (item.enclosure ? mediaContent(item.enclosure) : ''),
      }),
    })),
  };
}

/** What a feed is made from: its stories, newest first, and what is known of their photos. */
export interface FeedPage {
  articles: Omit<Article, 'filePath'>[];
  /** What is known of the stories' photos beside them. */
  photos: PhotoInfo[];
  /** How photos are made, part of their files' names (see photoMaking). */
  photoStamp: string;
}

/** A feed page's props: its newest stories (at most FEED_SIZE) and their photos. */
export function feedPage(site: SiteModel, articles: readonly Article[]): FeedPage {
  const newest = articles.slice(0, FEED_SIZE);
  const keys = new Set(
    newest.flatMap((article) => [
      ...(article.image?.photo ? [article.image.photo] : []),
      ...article.photos.map((photo) => photo.key),
    ]),
  );
  return {
    articles: newest.map(({ filePath: _file, ...article }) => article),
    photos: [...keys].map((key) => site.photos.info(key)).filter((info) => info !== undefined),
    photoStamp: site.photos.stamp,
  };
}

/** The feed items of a feed page of the edition `key`. */
export function feedPageItems(page: FeedPage, key: string | undefined): FeedItem[] {
  const photos = shownPhotos(
    new Map(page.photos.map((photo) => [photo.key, photo])),
    page.photoStamp,
    settings.base,
    PREVIEW,
  );
  return feedItems(page.articles, key ?? '', photos);
}

/** Every edition's feeds (RSS, Atom, JSON Feed): its newest stories. */
export function editionFeedPages(site: SiteModel): KeyedPage<FeedPage>[] {
  return editionPages(site, ({ articles }) => feedPage(site, articles));
}

/** A topic's feed: the topic and its newest stories. */
export interface TopicFeedPage extends FeedPage {
  slug: string;
  name: string;
}

/** Every topic's feed, in every edition. */
export function topicFeedPages(site: SiteModel): KeyedPage<TopicFeedPage>[] {
  return [...site.editions.entries()].flatMap(([key, { topics }]) =>
    topics.map((topic) =>
      keyedPage(site, key, { topic: topic.slug }, () => ({
        slug: topic.slug,
        name: topic.name,
        ...feedPage(site, topic.articles),
      })),
    ),
  );
}

/** An author's feed: the profile and their newest stories. */
export interface AuthorFeedPage extends FeedPage {
  author: Author;
}

/** Every author's feed. */
export function authorFeedPages(site: SiteModel): KeyedPage<AuthorFeedPage>[] {
  return site.authors.map((author) =>
    keyedPage(site, null, { author: author.slug }, () => ({
      author,
      ...feedPage(site, storiesBy(site, author)),
    })),
  );
}
