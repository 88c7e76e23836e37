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

/** What the CMS's own script reads of the site's settings, from the page's `<meta>` (see admin.ts). */
export interface AdminSite {
  name: string;
  /** The zone its pages show times in, for the preview's dates and the checks of their order. */
  timeZone: string;
  /** Its language, for a story's dates in the preview where the story gives none. */
  lang: string;
  /** Whether the CMS saves to this computer's folder (`npm run cms`), where a save publishes nothing. */
  localFolder: boolean;
  /** The front page's sections, for the label the preview puts above a headline (see kickerOf). */
  sections: readonly string[];
}

/** The `<meta>` names the CMS page gives the site's zone and language by. */
export const SITE_META = {
  timeZone: 'dateline-time-zone',
  lang: 'dateline-lang',
  localFolder: 'dateline-local-folder',
  sections: 'dateline-sections',
} as const;

/** The sections the page's `<meta>` gives (see adminPage): none, if it gives none it can read. */
export function sectionsOf(content: string | undefined): string[] {
  try {
    const sections: unknown = JSON.parse(content ?? '[]');
    return Array.isArray(sections) ? sections.filter((name) => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/** The CMS page's HTML, for `site` under the Content-Security-Policy `policy`. */
export function adminPage(site: AdminSite, policy: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attribute(metaPolicy(policy))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>Editing — ${escapeXml(site.name)}</title>`,
    `<meta name="${SITE_META.timeZone}" content="${attribute(site.timeZone)}">`,
    `<meta name="${SITE_META.lang}" content="${attribute(site.lang)}">`,
    `<meta name="${SITE_META.localFolder}" content="${site.localFolder ? 'yes' : 'no'}">`,
    `<meta name="${SITE_META.sections}" content="${attribute(JSON.stringify(site.sections))}">`,
    // The site's own icon, one folder up (under any base path): else the browser asks for /favicon.ico.
    '<link rel="icon" href="../favicon.svg" type="image/svg+xml">',
    ...ADMIN_SCRIPTS.map((src) => `<script defer src="${src}"></script>`),
    '</head>',
    '<body></body>',
    '</html>',
    '',
  ].join('\n');
}
