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

/** A `_redirects` file (Netlify, Cloudflare Pages): one permanent (301) redirect a line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301\n`);
  return `# Old article URLs (aliases), moved for good.\n${lines.join('')}`;
}
