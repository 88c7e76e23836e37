import { SITEMAP_INDEX } from '../lib/sitemap.ts';
import { siteUrl } from '../view/headMeta.ts';

/** robots.txt: everything may be crawled; the sitemaps are named with absolute URLs. */
export function GET() {
  const text = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${siteUrl(SITEMAP_INDEX)}`,
    `Sitemap: ${siteUrl('news-sitemap.xml')}`,
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
