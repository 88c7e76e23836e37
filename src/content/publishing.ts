import type { RSSOptions } from '@astrojs/rss';
import { FEED_SIZE, type FeedItem, type FeedMeta, toFeedItems } from '../lib/feeds.ts';
import { type MetaSite, type PageMeta, articleMeta, websiteMeta } from '../lib/meta.ts';
import { FEEDS, absoluteUrl, homePath, pathUnderBase, topicPath } from '../lib/urls.ts';
import { escapeXml } from '../lib/xml.ts';
import { cache, site } from '../site.ts';
import type { Article } from './articleSchema.ts';
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

/** Head metadata for an article page. */
export function metaForArticle(article: Omit<Article, 'filePath'>): PageMeta {
  return articleMeta(article, metaSite);
}

/** Head metadata for the home page. */
export function metaForHome(): PageMeta {
  return websiteMeta({ ...metaSite, description: site.description, searchUrl: siteUrl('search/') });
}

/** A feed's description: the whole site's, or one topic's. */
export function feedMeta(kind: keyof typeof FEEDS, topic?: { slug: string; name: string }): FeedMeta {
  const home = topic ? absoluteUrl(topicPath(topic.slug, site.base), site.url) : metaSite.homeUrl;
  return {
    title: topic ? `${site.name}: ${topic.name}` : site.name,
    description: topic ? `News about ${topic.name} from ${site.name}.` : site.description,
    homeUrl: home,
    feedUrl: new URL(FEEDS[kind].file, home).href,
    lang: site.lang,
  };
}

/** The newest articles (given newest first) as feed items, with their bodies read from the body store. */
export async function feedItems(articles: readonly Article[]): Promise<FeedItem[]> {
  const newest = await Promise.all(
    articles.slice(0, FEED_SIZE).map(async (article) => ({
      ...article,
      html: (await readBody(cache.bodies, article.body)).html,
    })),
  );
  return toFeedItems(newest, site.url, site.timeZone);
}

/** Options for `@astrojs/rss` from a feed's description and items. */
export function rssOptions(meta: FeedMeta, items: readonly FeedItem[]): RSSOptions {
  return {
    title: meta.title,
    description: meta.description,
    site: meta.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${escapeXml(meta.lang)}</language><atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.published),
      description: item.summary,
      content: item.html,
      categories: item.tags,
      ...(item.authors.length > 0 && {
        customData: item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
      }),
    })),
  };
}
