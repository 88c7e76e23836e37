import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import {
  type TopicFeedPage,
  feedMeta,
  feedPageItems,
  rssOptions,
  topicFeedPages,
} from '../../../../view/feeds.ts';
import { pagesOf, propsOf } from '../../../../view/routes.ts';

export const getStaticPaths = pagesOf(topicFeedPages);

/** RSS 2.0 for one topic. */
export async function GET({ props, params }: APIContext) {
  const topic = await propsOf<TopicFeedPage>(props);
  const items = feedPageItems(topic, params.edition);
  return rss(rssOptions(feedMeta('rss', params.edition, topic), items));
}
