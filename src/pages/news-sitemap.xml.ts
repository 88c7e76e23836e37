import { newsSitemap } from '../lib/newsSitemap.ts';
import { buildNow, settings } from '../settings.ts';
import { staticPageData } from '../view/routes.ts';

/**
 * A Google News sitemap: articles of the two days before the build's "now". It has no cache key
 * (the build's clock decides what it holds): it is written on every build.
 */
export async function GET() {
  const { articles } = await staticPageData();
  const xml = newsSitemap(articles, {
    now: buildNow,
    siteUrl: settings.url,
    name: settings.name,
    lang: settings.lang,
    timeZone: settings.timeZone,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
