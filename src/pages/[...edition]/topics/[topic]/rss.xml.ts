import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { feedMeta, rssOptions } from '../../../../content/publishing.ts';
import { type TopicFeed, getTopicFeedPaths, getFeedItems } from '../../../../content/siteData.ts';

export const getStaticPaths = (async () => {
  const feeds = await getTopicFeedPaths();
  return feeds.map(({ data, edition, cacheKey }) => ({
    params: { edition, topic: data.slug },
    props: data,
    cacheKey,
  }));
}) satisfies GetStaticPaths;

/** RSS 2.0 for one topic. */
export async function GET({ props, params }: APIContext<TopicFeed>) {
  const key = params.edition ?? '';
  return rss(rssOptions(feedMeta('rss', key, props), await getFeedItems(props.articles, key)));
}
