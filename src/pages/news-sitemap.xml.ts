import { getSite } from '../content/siteData.ts';
import { newsSitemap } from '../lib/newsSitemap.ts';
import { buildNow, site } from '../site.ts';

/** A Google News sitemap: articles of the two days before the build's "now". */
export async function GET() {
  const { articles } = await getSite();
  const xml = newsSitemap(articles, {
    now: buildNow,
    siteUrl: site.url,
    name: site.name,
    lang: site.lang,
    timeZone: site.timeZone,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
