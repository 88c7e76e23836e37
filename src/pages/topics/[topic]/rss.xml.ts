import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { feedItems, feedMeta, rssOptions } from '../../../content/publishing.ts';
import { getSiteData } from '../../../content/siteData.ts';
import type { Topic } from '../../../lib/topics.ts';
import type { ListedArticle } from '../../../content/articles.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getSiteData();
  return topics.map((topic) => ({ params: { topic: topic.slug }, props: { topic } }));
}) satisfies GetStaticPaths;

/** RSS 2.0 for one topic. */
export async function GET({ props }: APIContext<{ topic: Topic<ListedArticle> }>) {
  const { topic } = props;
  return rss(rssOptions(feedMeta('rss', topic), feedItems(topic.articles)));
}
