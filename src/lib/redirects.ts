/** An old URL and the URL it now leads to, both paths under the base. */
export interface Redirect {
  from: string;
  to: string;
}

/** The redirects of every story's old URLs (its aliases' paths), in a stable order. */
export function aliasRedirects(
  stories: readonly { url: string; aliases: readonly string[] }[],
): Redirect[] {
  return stories
    .flatMap((story) => story.aliases.map((from) => ({ from, to: story.url })))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The `_redirects` file (Netlify and Cloudflare Pages read it at the root of the upload). Each
 * old URL is a permanent redirect, written twice, because the build also writes a page there
 * for hosts without redirects (GitHub Pages, buckets):
 * - `301!`, for Netlify, which serves a file that exists before an unforced rule;
 * - `301`, for Cloudflare Pages, which follows a redirect before any file but refuses `301!`
 *   (it skips that line with a warning, and Netlify never reaches the second).
 * Then each edition's missing pages get its own not-found page (`notFound`, most specific
 * first): Netlify needs a `404` rule for any but the root's; Cloudflare Pages finds the nearest
 * `404.html` itself and skips these lines too.
 */
export function redirectsFile(
  redirects: readonly Redirect[],
  notFound: readonly string[] = [],
): string {
  const moved = redirects.flatMap(({ from, to }) => [
    `${from} ${to} 301!\n`,
    `${from} ${to} 301\n`,
  ]);
  const missing = [...notFound]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((folder) => `${folder}* ${folder}404.html 404\n`);
  return [
    '# Written by the build (src/lib/redirects.ts). Old article URLs (aliases), moved for good:\n',
    '# "301!" for Netlify, "301" for Cloudflare Pages, which skips the other line with a warning.\n',
    ...moved,
    ...(missing.length > 0
      ? [
          "# Each language's own not-found page (Netlify; Cloudflare Pages finds it itself).\n",
          ...missing,
        ]
      : []),
  ].join('');
}
