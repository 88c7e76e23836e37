import type { RSSOptions } from '@astrojs/rss';
import {
  FEED_SIZE,
  type FeedImage,
  type FeedItem,
  type FeedMeta,
  mediaContent,
  toFeedItems,
} from '../lib/feeds.ts';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
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
import { CARD_SIZE } from '../lib/socialCards.ts';
import {
  COLUMN_SIZES,
  PHOTO_FORMATS,
  photoWidths,
  scaledHeight,
  type PictureParts,
  photoPlaceholders,
  replacePhotos,
} from '../lib/photos.ts';
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

/** The link-preview card and the crops of a lead photo (see meta.ts), through Astro's image pipeline. */
export async function leadImages(photo: ImageMetadata): Promise<LeadImages> {
  const made = async (ratio: number, width = 1200) => {
    const w = Math.min(width, photo.width);
    const h = Math.round(w / ratio);
    const image = await getImage({ src: photo, width: w, height: h, fit: 'cover', format: 'jpg' });
    return { url: absoluteUrl(image.src, site.url), width: w, height: h };
  };
  const [card, ...crops] = await Promise.all([made(1200 / 630), made(16 / 9), made(4 / 3), made(1)]);
  return { card: card!, crops: crops.map((crop) => crop.url) };
}

/** A drawn card as link previews and NewsArticle data name it: the card is the one image. */
export function drawnCardImages(path: string, alt: string): LeadImages {
  const url = absoluteUrl(path, site.url);
  return { card: { url, width: CARD_SIZE.width, height: CARD_SIZE.height, alt }, crops: [url] };
}

/** A body photo's responsive `<picture>` parts, made by Astro's image pipeline. */
export async function bodyPicture(photo: ImageMetadata): Promise<PictureParts> {
  const widths = photoWidths(photo.width);
  const width = widths.at(-1)!;
  const height = scaledHeight(photo, width);
  const made = (format: 'avif' | 'webp' | 'png' | 'gif' | 'jpg') =>
    getImage({ src: photo, width, height, widths, sizes: COLUMN_SIZES, format });
  // The fallback keeps the original's kind (a PNG chart stays sharp); anything else is a JPEG.
  const fallbackFormat = photo.format === 'png' || photo.format === 'gif' ? photo.format : 'jpg';
  const [fallback, ...better] = await Promise.all([
    made(fallbackFormat),
    ...PHOTO_FORMATS.map((format) => made(format)),
  ]);
  return {
    sources: better.map((image, i) => ({
      type: `image/${PHOTO_FORMATS[i]}`,
      srcset: image.srcSet.attribute,
    })),
    img: { src: fallback!.src, srcset: fallback!.srcSet.attribute, width, height },
    sizes: COLUMN_SIZES,
    loading: 'lazy',
  };
}

/** A photo at the column's width as a JPEG, its URL absolute: what feed readers get. */
async function columnJpeg(photo: ImageMetadata): Promise<Required<FeedImage>> {
  const width = Math.min(photo.width, 960);
  const height = scaledHeight(photo, width);
  const image = await getImage({ src: photo, width, height, format: 'jpg' });
  return { url: absoluteUrl(image.src, site.url), type: 'image/jpeg', width, height };
}

/** A body photo as a feed reader gets it: one plain image. */
async function feedPicture(photo: ImageMetadata, attributes: string): Promise<string> {
  const { url, width, height } = await columnJpeg(photo);
  return `<img src="${url}" width="${width}" height="${height}"${attributes}>`;
}

/** A story's lead picture for its feed item: a photo beside it at the column's width, or its URL. */
async function feedImage(
  article: Pick<Article, 'image'>,
  photoOf: (key: string) => ImageMetadata | undefined,
): Promise<FeedImage | undefined> {
  const photo = article.image?.photo && photoOf(article.image.photo);
  if (photo) return columnJpeg(photo);
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

/** Head metadata for an author's page: ProfilePage JSON-LD about the Person. */
export function metaForAuthor(author: Author): PageMeta {
  const url = absoluteUrl(authorPath(author.slug, site.base), site.url);
  return profileMeta(
    {
      name: author.name,
      url,
      role: author.role,
      image: author.photo && absoluteUrl(author.photo.src, site.url),
      links: author.links,
    },
    metaSite,
  );
}

/**
 * The newest articles (given newest first) as feed items, with their bodies read from the body
 * store, their few words in the edition's language.
 */
export async function feedItems(
  articles: readonly Article[],
  key: string,
  photoOf: (key: string) => ImageMetadata | undefined,
): Promise<FeedItem[]> {
  const { text, dates } = editionAt(key);
  const newest = await Promise.all(
    articles.slice(0, FEED_SIZE).map(async (article) => ({
      ...article,
      html: await withPhotos((await readBody(cache.bodies, article.body)).html, photoOf, feedPicture),
      enclosure: await feedImage(article, photoOf),
    })),
  );
  return toFeedItems(newest, site.url, site.timeZone, FEED_SIZE, { words: text, dates });
}

/** A stored body with its photo placeholders made into images by `make` (see photos.ts). */
export async function withPhotos(
  html: string,
  photoOf: (key: string) => ImageMetadata | undefined,
  make: (photo: ImageMetadata, attributes: string) => Promise<string>,
): Promise<string> {
  const placeholders = photoPlaceholders(html);
  if (placeholders.length === 0) return html;
  const made = new Map<string, string>();
  await Promise.all(
    placeholders.map(async ({ key, attributes }) => {
      const photo = photoOf(key);
      // The loader checked every photo the bodies name: a missing one is a bug, said loudly.
      if (!photo) throw new Error(`no photo ${key} in the photos collection`);
      made.set(`${key}\n${attributes}`, await make(photo, attributes));
    }),
  );
  return replacePhotos(html, (key, attributes) => made.get(`${key}\n${attributes}`)!);
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
