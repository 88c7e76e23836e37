import { feedItems, feedMeta } from '../content/publishing.ts';
import { getSiteData } from '../content/siteData.ts';
import { atomFeed } from '../lib/feeds.ts';

/** Atom 1.0: the newest 50 articles with their full, sanitised HTML. */
export async function GET() {
  const { articles } = await getSiteData();
  return new Response(atomFeed(feedMeta('atom'), await feedItems(articles)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
