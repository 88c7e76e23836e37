import { feedItems, feedMeta } from '../content/publishing.ts';
import { getSiteData } from '../content/siteData.ts';
import { jsonFeed } from '../lib/feeds.ts';

/** JSON Feed 1.1: the newest 50 articles with their full, sanitised HTML. */
export async function GET() {
  const { articles } = await getSiteData();
  return new Response(jsonFeed(feedMeta('json'), await feedItems(articles)), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
