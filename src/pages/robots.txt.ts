import { siteUrl } from '../view/headMeta.ts';

/** robots.txt: everything may be crawled; the sitemaps are named with absolute URLs. */
export function GET() {
  const text = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${siteUrl('sitemap-index.xml')}`,
    `Sitemap: ${siteUrl('news-sitemap.xml')}`,
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
