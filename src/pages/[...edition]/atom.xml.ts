import type { APIContext } from 'astro';
import { atomFeed } from '../../lib/feedFormats.ts';
import { type FeedPage, editionFeedPages, feedMeta, feedPageItems } from '../../view/feeds.ts';
import { pagesOf, propsOf } from '../../view/routes.ts';

export const getStaticPaths = pagesOf(editionFeedPages);

/** Atom 1.0: an edition's newest 50 articles with their full, sanitised HTML. */
export async function GET({ props, params }: APIContext) {
  const items = feedPageItems(await propsOf<FeedPage>(props), params.edition);
  return new Response(atomFeed(feedMeta('atom', params.edition), items), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
