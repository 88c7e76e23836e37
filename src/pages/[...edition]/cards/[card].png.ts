import type { APIContext, GetStaticPaths } from 'astro';
import type { CardSpec } from '../../../lib/socialCards.ts';
import { getSocialCardPaths, getSocialCardPng } from '../../../content/siteData.ts';

export const getStaticPaths = (async () =>
  (await getSocialCardPaths()).map(({ name, spec, edition, cacheKey }) => ({
    params: { edition, card: name },
    props: { spec },
    cacheKey,
  }))) satisfies GetStaticPaths;

/** A story's drawn link-preview card (1200×630 PNG), for stories without a lead image. */
export async function GET({ params, props }: APIContext<{ spec: CardSpec }>) {
  const png = await getSocialCardPng(params.card!, props.spec);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
