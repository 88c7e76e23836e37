import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { feedMeta, rssOptions } from '../../content/publishing.ts';
import { getEditionPaths, getSiteData, getFeedItems } from '../../content/siteData.ts';

export const getStaticPaths = (() => getEditionPaths()) satisfies GetStaticPaths;

/** RSS 2.0: an edition's newest 50 articles with their full, sanitised HTML. */
export async function GET({ params }: APIContext) {
  const key = params.edition ?? '';
  const { articles } = await getSiteData(key);
  return rss(rssOptions(feedMeta('rss', key), await getFeedItems(articles, key)));
}
