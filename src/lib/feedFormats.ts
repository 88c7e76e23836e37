import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { type DateStyle, mustParseDate, toIsoInstant } from './dates.ts';
import { type Correction, type CorrectionWords, correctionsHtml } from './corrections.ts';
import { rewriteUrls } from './htmlUrls.ts';
import { modifiedInstant } from './meta.ts';
import { escapeXml, xmlSafe } from './xml.ts';

/** How many articles a feed carries. */
export const FEED_SIZE = 50;

/** What a feed needs of an article. */
export interface FeedSource {
  url: string;
  title: string;
  date: string;
  updated?: string | undefined;
  /** Dated corrections: they end the item's content and count as changes. */
  corrections?: readonly Correction[] | undefined;
  summary: string;
  html: string;
  authors: readonly string[];
  tags: readonly string[];
  /** The lead picture as feeds carry it, its URL absolute or a site path. */
  enclosure?: FeedImage | undefined;
}

/** A story's lead picture in a feed: an enclosure (RSS `media:content`, Atom, JSON Feed `image`). */
export interface FeedImage {
  url: string;
  /** Its MIME type, when known: `image/jpeg`. */
  type?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

/** One feed entry: absolute URLs, RFC 3339 dates, HTML with absolute links. */
export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  html: string;
  published: string;
  updated: string;
  authors: string[];
  tags: string[];
  /** The lead picture, with an absolute URL. */
  enclosure?: FeedImage | undefined;
}

/** A feed's own description. */
export interface FeedMeta {
  title: string;
  description: string;
  /** The absolute URL of the site's (or topic's) page. */
  homeUrl: string;
  /** The absolute URL of this feed. */
  feedUrl: string;
  lang: string;
}

/** `url` resolved against `pageUrl`; as written when it cannot be parsed. */
function resolveUrl(url: string, pageUrl: string): string {
  try {
    return new URL(url, pageUrl).href;
  } catch {
    return url;
  }
}

/** A rehype plugin that resolves every URL of a body against `pageUrl`. */
function absolutize(options: { pageUrl: string }) {
  return (tree: Root) => rewriteUrls(tree, (url) => resolveUrl(url, options.pageUrl));
}

/**
 * Makes every link and image URL in sanitised HTML absolute (`/x/`, `#note`, `../story/`,
 * `srcset`), as feed readers need: they show the HTML away from the page it came from. It works
 * on the parsed tree, so text that only looks like a link (`href="/docs"` in `<code>`) stays.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(absolutize, { pageUrl })
      .use(rehypeStringify)
      .processSync(html),
  );
}

/** The newest `limit` articles (given newest first) as feed items. */
export function toFeedItems(
  articles: readonly FeedSource[],
  siteUrl: string,
  timeZone: string,
  limit: number = FEED_SIZE,
  language: { words?: CorrectionWords; dates?: DateStyle } = {},
): FeedItem[] {
  return articles.slice(0, limit).map((article) => {
    const published = toIsoInstant(mustParseDate(article.date), timeZone);
    const url = new URL(article.url, siteUrl).href;
    // Feeds are XML: no character XML forbids may reach one, whichever feed format is written.
    return {
      url,
      title: xmlSafe(article.title),
      summary: xmlSafe(article.summary),
      html: xmlSafe(
        absolutizeHtml(article.html, url) +
          correctionsHtml(article.corrections ?? [], timeZone, language.words, language.dates),
      ),
      published,
      // The item's id (its URL) never changes; a correction changes its updated time only.
      updated: modifiedInstant(article, timeZone),
      authors: article.authors.map(xmlSafe),
      tags: article.tags.map(xmlSafe),
      ...(article.enclosure && {
        enclosure: { ...article.enclosure, url: resolveUrl(article.enclosure.url, url) },
      }),
    };
  });
}

/** When the feed last changed: its newest item's update, never the build clock. */
function feedUpdated(items: readonly FeedItem[]): string {
  return (
    items.map((item) => item.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0] ??
    '1970-01-01T00:00:00Z'
  );
}

/** An Atom 1.0 feed. */
export function atomFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
  const entry = (item: FeedItem) =>
    [
      '  <entry>',
      `    <id>${escapeXml(item.url)}</id>`,
      `    <title type="text">${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      `    <published>${item.published}</published>`,
      `    <updated>${item.updated}</updated>`,
      ...item.authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
      ...item.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      ...(item.enclosure
        ? [
            `    <link rel="enclosure" href="${escapeXml(item.enclosure.url)}"${item.enclosure.type ? ` type="${escapeXml(item.enclosure.type)}"` : ''}/>`,
          ]
        : []),
      // A story whose body shows no words has no summary: none rather than an empty one.
      ...(item.summary ? [`    <summary type="text">${escapeXml(item.summary)}</summary>`] : []),
      `    <content type="html">${escapeXml(item.html)}</content>`,
      '  </entry>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(meta.lang)}">`,
    `  <id>${escapeXml(meta.homeUrl)}</id>`,
    `  <title type="text">${escapeXml(meta.title)}</title>`,
    `  <subtitle type="text">${escapeXml(meta.description)}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(meta.homeUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(meta.feedUrl)}"/>`,
    `  <updated>${feedUpdated(items)}</updated>`,
    // Atom requires an author for the feed when an entry has none.
    `  <author><name>${escapeXml(meta.title)}</name></author>`,
    ...items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

/** A JSON Feed 1.1 document. */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: meta.homeUrl,
    feed_url: meta.feedUrl,
    language: meta.lang,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      ...(item.summary && { summary: item.summary }),
      content_html: item.html,
      date_published: item.published,
      date_modified: item.updated,
      ...(item.authors.length > 0 && { authors: item.authors.map((name) => ({ name })) }),
      ...(item.tags.length > 0 && { tags: item.tags }),
      ...(item.enclosure && { image: item.enclosure.url }),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** RSS's `media:content` element for an item's lead picture (Media RSS). */
export function mediaContent(image: FeedImage): string {
  const size =
    image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const type = image.type ? ` type="${escapeXml(image.type)}"` : '';
  return `<media:content url="${escapeXml(image.url)}" medium="image"${type}${size}/>`;
}
