import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import {
  type FeedPage,
  editionFeedPages,
  feedMeta,
  feedPageItems,
  rssOptions,
} from '../../view/feeds.ts';
import { pagesOf, propsOf } from '../../view/routes.ts';

export const getStaticPaths = pagesOf(editionFeedPages);

/** RSS 2.0: an edition's newest 50 articles with their full, sanitised HTML. */
export async function GET({ props, params }: APIContext) {
  const items = feedPageItems(await propsOf<FeedPage>(props), params.edition);
  return rss(rssOptions(feedMeta('rss', params.edition), items));
}
