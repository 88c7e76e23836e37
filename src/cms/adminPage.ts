/**
 * The CMS's page at /admin/: Decap's scripts and Dateline's, its own policy, out of search
 * engines. An endpoint writes it, not an Astro page: the dev server puts its live-reload client
 * into every page, and that client reloaded the CMS on every save (a saved story changes the
 * content store), losing the editor's place.
 */
import { escapeXml } from '../lib/xml.ts';
import { metaPolicy } from '../lib/securityPolicy.ts';

/** Text for a double-quoted attribute: a policy's quotes stay as typed. */
const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The scripts the page loads, from its own folder: Decap's set-up, its bundle, then ours. */
export const ADMIN_SCRIPTS = ['init.js', 'decap-cms.js', 'admin.js'] as const;

/** The CMS page's HTML, for a site named `siteName` under the Content-Security-Policy `policy`. */
export function adminPage(siteName: string, policy: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attribute(metaPolicy(policy))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>Editing — ${escapeXml(siteName)}</title>`,
    // The site's own icon, one folder up (under any base path): else the browser asks for /favicon.ico.
    '<link rel="icon" href="../favicon.svg" type="image/svg+xml">',
    ...ADMIN_SCRIPTS.map((src) => `<script defer src="${src}"></script>`),
    '</head>',
    '<body></body>',
    '</html>',
    '',
  ].join('\n');
}
