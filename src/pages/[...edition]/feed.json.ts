import type { APIContext } from 'astro';
import { jsonFeed } from '../../lib/feedFormats.ts';
import { type FeedPage, editionFeedPages, feedMeta, feedPageItems } from '../../view/feeds.ts';
import { pagesOf, propsOf } from '../../view/routes.ts';

export const getStaticPaths = pagesOf(editionFeedPages);

/** JSON Feed 1.1: an edition's newest 50 articles with their full, sanitised HTML. */
export async function GET({ props, params }: APIContext) {
  const items = feedPageItems(await propsOf<FeedPage>(props), params.edition);
  return new Response(jsonFeed(feedMeta('json', params.edition), items), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
