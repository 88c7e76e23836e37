import type { APIContext, GetStaticPaths } from 'astro';
import { feedMeta } from '../../content/publishing.ts';
import { getEditionPaths, getSiteData, getFeedItems } from '../../content/siteData.ts';
import { jsonFeed } from '../../lib/feeds.ts';

export const getStaticPaths = (() => getEditionPaths()) satisfies GetStaticPaths;

/** JSON Feed 1.1: an edition's newest 50 articles with their full, sanitised HTML. */
export async function GET({ params }: APIContext) {
  const key = params.edition ?? '';
  const { articles } = await getSiteData(key);
  return new Response(jsonFeed(feedMeta('json', key), await getFeedItems(articles, key)), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
