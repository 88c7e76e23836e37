import type { RSSOptions } from '@astrojs/rss';
import { FEED_SIZE, type FeedItem, type FeedMeta, toFeedItems } from '../lib/feeds.ts';
import { type MetaSite, type PageMeta, articleMeta, profileMeta, websiteMeta } from '../lib/meta.ts';
import { FEEDS, absoluteUrl, authorPath, homePath, pathUnderBase, topicPath } from '../lib/urls.ts';
import { escapeXml } from '../lib/xml.ts';
import { cache, dates, site, text } from '../site.ts';
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

/** Head metadata for an article page; `people` link its authors to their profiles. */
export function metaForArticle(
  article: Omit<Article, 'filePath'>,
  people: readonly Person[],
): PageMeta {
  return articleMeta(article, metaSite, people);
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
    description: topic ? text.feedTopicDescription(topic.name, site.name) : site.description,
    homeUrl: home,
    feedUrl: new URL(FEEDS[kind].file, home).href,
    lang: site.lang,
  };
}

/** An author's feed: their newest stories. */
export function authorFeedMeta(author: Pick<Author, 'slug' | 'name'>): FeedMeta {
  const home = absoluteUrl(authorPath(author.slug, site.base), site.url);
  return {
    title: `${site.name}: ${author.name}`,
    description: text.feedAuthorDescription(author.name, site.name),
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

/** The newest articles (given newest first) as feed items, with their bodies read from the body store. */
export async function feedItems(articles: readonly Article[]): Promise<FeedItem[]> {
  const newest = await Promise.all(
    articles.slice(0, FEED_SIZE).map(async (article) => ({
      ...article,
      html: (await readBody(cache.bodies, article.body)).html,
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
