import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { feedItems, feedMeta, rssOptions } from '../../../content/publishing.ts';
import { type TopicFeed, getTopicFeedPaths } from '../../../content/siteData.ts';

export const getStaticPaths = (async () => {
  const feeds = await getTopicFeedPaths();
  return feeds.map(({ data, cacheKey }) => ({
    params: { topic: data.slug },
    props: data,
    cacheKey,
  }));
}) satisfies GetStaticPaths;

/** RSS 2.0 for one topic. */
export async function GET({ props }: APIContext<TopicFeed>) {
  return rss(rssOptions(feedMeta('rss', props), await feedItems(props.articles)));
}
