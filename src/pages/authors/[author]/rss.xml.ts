import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import {
  type AuthorFeedPage,
  authorFeedMeta,
  authorFeedPages,
  feedPageItems,
  rssOptions,
} from '../../../view/feeds.ts';
import { pagesOf, propsOf } from '../../../view/routes.ts';

export const getStaticPaths = pagesOf(authorFeedPages);

/** RSS 2.0 for one author. */
export async function GET({ props }: APIContext) {
  const page = await propsOf<AuthorFeedPage>(props);
  return rss(rssOptions(authorFeedMeta(page.author), feedPageItems(page, undefined)));
}
