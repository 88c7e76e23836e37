import type { RSSOptions } from '@astrojs/rss';
import {
  FEED_SIZE,
  type FeedImage,
  type FeedItem,
  type FeedMeta,
  mediaContent,
  toFeedItems,
} from '../lib/feeds.ts';
import {
  type LeadImages,
  type MetaSite,
  type PageMeta,
  articleMeta,
  profileMeta,
  websiteMeta,
} from '../lib/meta.ts';
import { FEEDS, absoluteUrl, authorPath, homePath, pathUnderBase, topicPath } from '../lib/urls.ts';
import { escapeXml } from '../lib/xml.ts';
import { CARD_SIZE } from '../lib/drawnCard.ts';
import type { MadeSize, PhotoInfo } from '../lib/photoSizes.ts';
import { escapeAttribute } from '../lib/pictures.ts';
import type { ShownPhotos } from '../view/photos.ts';
import { withPhotos } from '../lib/bodyPhotos.ts';
import { cache, editionAt, site } from '../site.ts';
import type { Person } from '../lib/cards.ts';
import type { Article } from './articleSchema.ts';
import type { Author } from './authorSchema.ts';
import { readBody } from './bodyStore.ts';

/** The absolute URL of a site path (under the base): `url('rss.xml')`. */
export function siteUrl(path: string): string {
  return absoluteUrl(pathUnderBase(site.base, path), site.url);
}

/** What metadata says about the site itself. */
export const metaSite: MetaSite = {
  name: site.name,
  url: site.url,
  timeZone: site.timeZone,
  homeUrl: absoluteUrl(homePath(site.base), site.url),
  logoUrl: siteUrl('favicon.svg'),
};

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

/**
 * Head metadata for an article page; `people` link its authors to their profiles, `versions`
 * are the story in every language (hreflang links, and `x-default` for the original).
 */
export function metaForArticle(
  article: Omit<Article, 'filePath'>,
  people: readonly Person[],
  versions: readonly Version[] = [],
  images?: LeadImages,
): PageMeta {
  const meta = articleMeta(article, metaSite, people, images);
  const original = versions.find((version) => version.original);
  const alternates = versions.map((version) => ({
    lang: version.lang,
    url: absoluteUrl(version.url, site.url),
  }));
  if (original) alternates.push({ lang: 'x-default', url: absoluteUrl(original.url, site.url) });
  const translated = original && original.url !== article.url;
  return {
    ...meta,
    alternates: alternates.length > 0 ? alternates : undefined,
    jsonLd: {
      ...meta.jsonLd,
      ...(translated && {
        translationOfWork: { '@type': 'NewsArticle', '@id': absoluteUrl(original.url, site.url) },
      }),
    },
  };
}

/**
 * The link-preview card and the crops of a lead photo (see meta.ts), each its exact ratio and
 * its declared size its own; undefined when the photo is too small for a card (the story is
 * then shared with a drawn card, see previewKind).
 */
export function leadImages(photos: ShownPhotos, photo: PhotoInfo): LeadImages | undefined {
  const { card, crops } = photos.preview(photo);
  if (!card) return undefined;
  const url = (size: MadeSize) => absoluteUrl(photos.url(size.name), site.url);
  return { card: { url: url(card), width: card.width, height: card.height }, crops: crops.map(url) };
}

/** A drawn card as link previews and NewsArticle data name it: the card is the one image. */
export function drawnCardImages(path: string, alt: string): LeadImages {
  const url = absoluteUrl(path, site.url);
  return { card: { url, width: CARD_SIZE.width, height: CARD_SIZE.height, alt }, crops: [url] };
}

/** A photo at the column's width as a JPEG, its URL absolute: what feed readers get. */
function feedJpeg(photos: ShownPhotos, photo: PhotoInfo): Required<FeedImage> {
  const size = photos.feed(photo);
  const url = absoluteUrl(photos.url(size.name), site.url);
  return { url, type: 'image/jpeg', width: size.width, height: size.height };
}

/** A story's lead picture for its feed item: a photo beside it at the column's width, or its URL. */
function feedImage(article: Pick<Article, 'image'>, photos: ShownPhotos): FeedImage | undefined {
  const photo = article.image?.photo && photos.info(article.image.photo);
  if (photo) return feedJpeg(photos, photo);
  const src = article.image?.src;
  return src ? { url: absoluteUrl(src, site.url) } : undefined;
}

/** The absolute URL of an edition's front page. */
function editionHome(key: string): string {
  return absoluteUrl(editionAt(key).base, site.url);
}

/** Head metadata for an edition's front page, with hreflang links to the other editions'. */
export function metaForHome(key = '', editions: readonly { key: string; lang: string }[] = []): PageMeta {
  const home = editionHome(key);
  const meta = websiteMeta({
    ...metaSite,
    homeUrl: home,
    description: site.description,
    searchUrl: new URL('search/', home).href,
    lang: editionAt(key).lang,
  });
  if (editions.length < 2) return meta;
  const alternates = editions.map((other) => ({ lang: other.lang, url: editionHome(other.key) }));
  return { ...meta, alternates: [...alternates, { lang: 'x-default', url: editionHome('') }] };
}

/** A feed's description: an edition's, or one of its topics'. */
export function feedMeta(
  kind: keyof typeof FEEDS,
  key = '',
  topic?: { slug: string; name: string },
): FeedMeta {
  const edition = editionAt(key);
  const home = topic
    ? absoluteUrl(topicPath(topic.slug, edition.base), site.url)
    : editionHome(key);
  // Feed readers list feeds by title: another edition's says which language it is in.
  const name = key ? `${site.name} (${edition.name})` : site.name;
  return {
    title: topic ? `${name}: ${topic.name}` : name,
    description: topic ? edition.text.feedTopicDescription(topic.name, site.name) : site.description,
    homeUrl: home,
    feedUrl: new URL(FEEDS[kind].file, home).href,
    lang: edition.lang,
  };
}

/** An author's feed: their newest stories. */
export function authorFeedMeta(author: Pick<Author, 'slug' | 'name'>): FeedMeta {
  const home = absoluteUrl(authorPath(author.slug, site.base), site.url);
  return {
    title: `${site.name}: ${author.name}`,
    description: editionAt().text.feedAuthorDescription(author.name, site.name),
    homeUrl: home,
    feedUrl: new URL(FEEDS.rss.file, home).href,
    lang: site.lang,
  };
}

/** The absolute URL of an author's portrait, when the profile has one: its largest made size. */
export function portraitUrl(author: Author, photos: ShownPhotos): string | undefined {
  const photo = author.photo?.photo ? photos.info(author.photo.photo) : undefined;
  if (photo) return absoluteUrl(photos.url(photos.portrait(photo).fallback.at(-1)!.name), site.url);
  return author.photo?.src && absoluteUrl(author.photo.src, site.url);
}

/** Head metadata for an author's page: ProfilePage JSON-LD about the Person. */
export function metaForAuthor(author: Author, photos: ShownPhotos): PageMeta {
  const url = absoluteUrl(authorPath(author.slug, site.base), site.url);
  return profileMeta(
    { name: author.name, url, role: author.role, image: portraitUrl(author, photos), links: author.links },
    metaSite,
  );
}

/**
 * The newest articles (given newest first) as feed items, with their bodies read from the body
 * store, each body photo one plain image, their few words in the edition's language.
 */
export async function feedItems(
  articles: readonly Article[],
  key: string,
  photos: ShownPhotos,
): Promise<FeedItem[]> {
  const { text, dates } = editionAt(key);
  const newest = await Promise.all(
    articles.slice(0, FEED_SIZE).map(async (article) => ({
      ...article,
      html: withPhotos(await readBody(cache.bodies, article.body), (shown) => {
        const photo = photos.info(shown.key);
        if (!photo) throw new Error(`no photo ${shown.key} among the photos the site shows`);
        const { url, width, height } = feedJpeg(photos, photo);
        const title = shown.title ? ` title="${escapeAttribute(shown.title)}"` : '';
        return `<img src="${escapeAttribute(url)}" width="${width}" height="${height}" alt="${escapeAttribute(shown.alt)}"${title}>`;
      }),
      enclosure: feedImage(article, photos),
    })),
  );
  return toFeedItems(newest, site.url, site.timeZone, FEED_SIZE, { words: text, dates });
}

/** Options for `@astrojs/rss` from a feed's description and items. */
export function rssOptions(meta: FeedMeta, items: readonly FeedItem[]): RSSOptions {
  return {
    title: meta.title,
    description: meta.description,
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
      description: item.summary,
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
