import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { authorFeedMeta, rssOptions } from '../../../content/publishing.ts';
import { type AuthorFeed, getAuthorFeedPaths, getFeedItems } from '../../../content/siteData.ts';

export const getStaticPaths = (async () => {
  const feeds = await getAuthorFeedPaths();
  return feeds.map(({ data, cacheKey }) => ({
    params: { author: data.author.slug },
    props: data,
    cacheKey,
  }));
}) satisfies GetStaticPaths;

/** RSS 2.0 for one author. */
export async function GET({ props }: APIContext<AuthorFeed>) {
  return rss(rssOptions(authorFeedMeta(props.author), await getFeedItems(props.articles)));
}
