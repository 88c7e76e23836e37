/**
 * Where a link in a story's body leads on this site, read as the build serves it: the story
 * page it names (`/articles/<slug>/`), so a link to a story that is not there can be told.
 */

/** Where the links of a story are read from: its own page, under the site's base path. */
export interface LinkSite {
  /** The slug of the story the link is in: a relative link (`../other/`) starts from its page. */
  from: string;
  /** The site's base path (`/` or `/news/`). */
  base: string;
  /** The site's address: a full link to it (`https://news.example/articles/x/`) is read too. */
  siteUrl?: string | undefined;
}

/**
 * What a link leads to: a story page by its slug, or nowhere because it repeats the base path
 * the build puts in front of a site path (`/news/articles/x/` is served as `/news/news/…`).
 */
export type LinkTarget = { kind: 'story'; slug: string } | { kind: 'base twice'; instead: string };

/** An origin no real site has, to read paths against. */
const NOWHERE = 'https://dateline.invalid';

/** The slug of a story page's path under the base (`articles/x/`), or undefined. */
function storySlug(path: string): string | undefined {
  const match = /^articles\/([^/]+)\/?(?:index\.html)?$/.exec(path);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

/** Whether `href` has a scheme other than http(s) (`mailto:`), which leads off the site's pages. */
const otherScheme = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:/i.test(href);

/**
 * Whether a body link may lead to a story page of the site, and so is worth keeping for the
 * check: it is not a fragment or another scheme, and its path goes through `/articles/`.
 */
export function mayLeadToStory(href: string): boolean {
  if (href === '' || href.startsWith('#') || otherScheme(href)) return false;
  try {
    return new URL(href, `${NOWHERE}/articles/self/`).pathname.includes('/articles/');
  } catch {
    return false;
  }
}

/** The story page a body link leads to on this site, when it leads to one; undefined otherwise. */
export function storyLinkTarget(href: string, site: LinkSite): LinkTarget | undefined {
  if (!mayLeadToStory(href)) return undefined;
  const { base, from } = site;
  let path: string;
  if (/^(https?:|\/\/)/i.test(href)) {
    // A full address is read only when it is this site's own.
    if (!site.siteUrl) return undefined;
    const url = new URL(href, NOWHERE);
    if (url.origin !== new URL(site.siteUrl).origin) return undefined;
    path = url.pathname;
  } else if (href.startsWith('/')) {
    const url = new URL(href, NOWHERE);
    // The build puts the base in front of a site path (see rebaseLinks): written with it
    // already, as copied from the live site, it is there twice.
    if (base !== '/' && url.pathname.startsWith(base)) {
      const within = url.pathname.slice(base.length - 1);
      if (storySlug(within.slice(1)) !== undefined) {
        return { kind: 'base twice', instead: `${within}${url.search}${url.hash}` };
      }
    }
    path = `${base}${url.pathname.slice(1)}`;
  } else {
    path = new URL(href, `${NOWHERE}${base}articles/${encodeURIComponent(from)}/`).pathname;
  }
  if (!path.startsWith(base)) return undefined;
  const slug = storySlug(path.slice(base.length));
  return slug === undefined || slug === from ? undefined : { kind: 'story', slug };
}
