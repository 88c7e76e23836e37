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

/** The folder (first path segment) of the search page. */
export const SEARCH_FOLDER = 'search';

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

/**
 * `_headers` rules (for a site at the domain root) that give every built HTML page its policy,
 * derived from the pages themselves: a page at the top level gets an exact rule, a folder of
 * pages a `/folder/*` rule. A new route therefore never ships without a policy. Hosts merge
 * every rule that matches, so no two rules here match the same page. The folders of `editions`
 * (`es/`, see editions.ts) hold a site of their own, search page included: their pages get the
 * same rules one level down.
 */
export function policyRules(
  htmlFiles: readonly string[],
  editions: readonly string[] = [],
): string {
  const rules = new Map<string, string>();
  const prefixes = new Set(editions.filter(Boolean));
  for (const file of [...htmlFiles].sort()) {
    const [top, ...below] = file.split('/');
    const edition = below.length > 0 && prefixes.has(top!) ? `/${top}` : '';
    const [first, ...rest] = edition ? below : [top!, ...below];
    if (rest.length === 0) {
      if (first === 'index.html') rules.set(`${edition}/`, READING_POLICY);
      rules.set(`${edition}/${first}`, READING_POLICY);
    } else {
      rules.set(`${edition}/${first}/*`, policyFor([first, ...rest].join('/')));
    }
  }
  return [...rules]
    .map(([pattern, policy]) => `${pattern}\n  Content-Security-Policy: ${policy}\n`)
    .join('\n');
}
