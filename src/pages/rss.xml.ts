import rss from '@astrojs/rss';
import { feedItems, feedMeta, rssOptions } from '../content/publishing.ts';
import { getSiteData } from '../content/siteData.ts';

/** RSS 2.0: the newest 50 articles with their full, sanitised HTML. */
export async function GET() {
  const { articles } = await getSiteData();
  return rss(rssOptions(feedMeta('rss'), await feedItems(articles)));
}
