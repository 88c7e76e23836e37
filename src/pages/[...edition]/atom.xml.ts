import type { APIContext, GetStaticPaths } from 'astro';
import { feedMeta } from '../../content/publishing.ts';
import { getEditionPaths, getSiteData, getFeedItems } from '../../content/siteData.ts';
import { atomFeed } from '../../lib/feeds.ts';

export const getStaticPaths = (() => getEditionPaths()) satisfies GetStaticPaths;

/** Atom 1.0: an edition's newest 50 articles with their full, sanitised HTML. */
export async function GET({ params }: APIContext) {
  const key = params.edition ?? '';
  const { articles } = await getSiteData(key);
  return new Response(atomFeed(feedMeta('atom', key), await getFeedItems(articles, key)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
