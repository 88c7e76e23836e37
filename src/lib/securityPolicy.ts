/**
 * The Content-Security-Policy of every page, in one place: the `_headers` rules and the
 * `<meta http-equiv>` copy in each page are made from these. Reading pages run no script at all;
 * only the search page may load scripts, for Pagefind (its WebAssembly, index files, worker and
 * the `data:` icon in its stylesheet).
 */

/**
 * The policy of every reading page: no script, images from here or https, inline styles.
 * `connect-src 'self'` opens nothing to a page that runs no script; it lets tools that fetch
 * under the page's policy read the site's own files (Lighthouse reads robots.txt that way).
 */
export const READING_POLICY = [
  "default-src 'none'",
  "connect-src 'self'",
  "img-src 'self' https:",
  "style-src 'self' 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy of the search page: the reading policy plus what Pagefind needs. */
export const SEARCH_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "worker-src 'self'",
  "img-src 'self' https: data:",
  "style-src 'self' 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy of the CMS at /admin/ (Decap CMS): its scripts from this origin (never a CDN), the
 * WebAssembly and `eval` its bundle uses, the inline styles it injects, photos being uploaded
 * (`blob:`), and connections to this origin and the backend it saves through (`connect`: the
 * GitHub API, or decap-server on this machine).
 */
export function adminPolicy(connect: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    `connect-src ${["'self'", 'blob:', ...connect].join(' ')}`,
    "img-src 'self' https: data: blob:",
    "media-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The folder of the CMS, at the base. */
export const ADMIN_FOLDER = 'admin';

/**
 * The CMS's opener policy: an editor signs in through a window it opens at the sign-in service
 * (Netlify's, or the site's own OAuth server), which hands the token back through
 * `window.opener`; `same-origin`, as every other page has, cuts that link, and sign-in never ends.
 */
export const ADMIN_OPENER_POLICY = 'same-origin-allow-popups';

/** The folder (first path segment) of the search page. */
export const SEARCH_FOLDER = 'search';

/** The folder of the search engine's files (Pagefind's scripts, WebAssembly and index), at the base. */
export const SEARCH_ENGINE_FOLDER = 'pagefind';

/** Directives a `<meta>` policy cannot carry (browsers ignore them there, with a console error). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** A policy as a `<meta http-equiv>` can express it: without the header-only directives. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !HEADER_ONLY.has(directive.split(/\s+/)[0]!))
    .join('; ');
}

/** The output file of a page's URL path under `base`: `/news/search/` → `search/index.html`. */
export function pageFile(pathname: string, base: string): string {
  const path = pathname.startsWith(base)
    ? pathname.slice(base.length)
    : pathname.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The policy of a built HTML file, by its path in its edition's folder (`search/index.html`,
 * also for `es/search/index.html`).
 */
export function policyFor(htmlFile: string): string {
  return htmlFile.split('/')[0] === SEARCH_FOLDER && htmlFile.includes('/')
    ? SEARCH_POLICY
    : READING_POLICY;
}

/** Headers every file of the site is sent, whatever it is. */
export const COMMON_HEADERS: readonly [name: string, value: string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/**
 * How long a browser may keep a file whose name changes with its bytes (a made photo, a drawn
 * card: a digest in each name): a year, without asking again.
 */
export const NAMED_BY_DIGEST = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file (Netlify and Cloudflare Pages read it at the root of the upload) for a site
 * under `base` with editions `editions` (their prefixes, `''` for the site's language):
 * - every path under the base gets the common headers and the reading policy, so a page no
 *   rule names (a not-found page for any path, a new route) is never without a policy;
 * - the CMS at /admin/ gets its own policy (`admin`, see adminPolicy), an opener policy that
 *   lets its sign-in window answer (see ADMIN_OPENER_POLICY), and `noindex`;
 * - each edition's search page, and Pagefind's own files (its worker runs under the policy its
 *   script is sent with), get the search policy instead. The hosts combine rules differently:
 *   Netlify lets the later rule's value win, Cloudflare Pages joins both values (two policies,
 *   both enforced, would block the search page's scripts) unless the later rule first detaches
 *   the header with `! Content-Security-Policy`, a line Netlify ignores;
 * - the folders `digestNamed` (made photos, drawn cards), whose files are named by a digest of
 *   their bytes, are kept a year by browsers (NAMED_BY_DIGEST): a changed file has another name.
 */
export function headersFile(
  base: string,
  editions: readonly string[],
  admin: string = adminPolicy([]),
  digestNamed: readonly string[] = [],
): string {
  const rule = (path: string, lines: readonly string[]) =>
    `${base}${path}\n${lines.map((line) => `  ${line}\n`).join('')}`;
  const search = (path: string) =>
    rule(path, ['! Content-Security-Policy', `Content-Security-Policy: ${SEARCH_POLICY}`]);
  const searches = [
    ...[...new Set(['', ...editions])]
      .sort()
      .map((edition) => search(`${edition ? `${edition}/` : ''}${SEARCH_FOLDER}/*`)),
    // Pagefind's own files: its worker runs under the policy its script is sent with.
    search(`${SEARCH_ENGINE_FOLDER}/*`),
  ];
  return [
    '# Written by the build (src/lib/securityPolicy.ts). Netlify and Cloudflare Pages read it at',
    '# the root of the upload; every page also carries its policy in a <meta> tag, for hosts that',
    '# do not read this file (GitHub Pages, buckets).',
    '',
    rule('*', [
      ...COMMON_HEADERS.map(([name, value]) => `${name}: ${value}`),
      `Content-Security-Policy: ${READING_POLICY}`,
    ]),
    ...searches,
    ...digestNamed.map((folder) => rule(`${folder}/*`, [`Cache-Control: ${NAMED_BY_DIGEST}`])),
    // The CMS: its own policies, detached from the site's the same way, and kept out of search
    // engines.
    rule(`${ADMIN_FOLDER}/*`, [
      '! Content-Security-Policy',
      `Content-Security-Policy: ${admin}`,
      '! Cross-Origin-Opener-Policy',
      `Cross-Origin-Opener-Policy: ${ADMIN_OPENER_POLICY}`,
      'X-Robots-Tag: noindex',
    ]),
  ].join('\n');
}
