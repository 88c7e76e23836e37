/**
 * How a route gets its pages: through `pagesOf`, from a finder that returns keyed pages. Every
 * page it gives has a cache key (Astro's incremental build renders a page again only when its key
 * or its code changed), and the key is the digest of the page's props and of everything every
 * page shows besides (the settings pages print, the editions the header links to, how photos are
 * made): a page gets its data in its props, and so never shows what its key does not cover.
 */
import type { GetStaticPaths, GetStaticPathsResult } from 'astro';
import { digestOf } from '../lib/digest.ts';
import { authorsPath } from '../lib/urls.ts';
import { settings } from '../settings.ts';
import { type SiteModel, PREVIEW, findingPages, getSite } from './site.ts';

/** One page of a route: its route parameters, its props, and the key that covers both. */
export interface KeyedPage<P> {
  params: Record<string, string | undefined>;
  props: P;
  cacheKey: string;
}

/** The settings a page can show (what only says where files are is left out), with draft preview. */
const SHOWN_SETTINGS = (() => {
  const { cacheDir: _cache, contentDirs: _content, renderThreads: _threads, ...shown } = settings;
  return { ...shown, preview: PREVIEW };
})();

/** The route parameter of an edition: none for the site's own language. */
export function editionParam(key: string): string | undefined {
  return key || undefined;
}

/** What every page shows besides its own props: its masthead's sections and editions. */
export interface PageFrame {
  /** The site's language's sections, as the masthead's navigation. */
  sections: { name: string; path: string }[];
  /** Every edition's front page, when there are several. */
  editions: EditionLink[];
  /** The index of authors (`/authors/`), once an author has a page: the footer links it. */
  authors?: string | undefined;
}

/** A link to an edition's front page, for the header of a site in several languages. */
export interface EditionLink {
  key: string;
  lang: string;
  /** The language's name in itself. */
  name: string;
  path: string;
}

/**
 * The frame of every page of the site: the sections, every edition's front page when there are
 * several, and the index of authors when there is one.
 */
export function frameOf(site: SiteModel): PageFrame {
  const sections = (site.editions.get('')?.sections ?? []).map(({ name, path }) => ({
    name,
    path,
  }));
  const authors = site.authors.length > 0 ? { authors: authorsPath(settings.base) } : {};
  if (site.editions.size < 2) return { sections, editions: [], ...authors };
  return {
    sections,
    ...authors,
    editions: [...site.editions.values()].map(({ edition }) => ({
      key: edition.key,
      lang: edition.lang,
      name: edition.name,
      path: edition.base,
    })),
  };
}

/** Props the dev server makes when the page is asked for (see keyedPage). */
interface LazyProps<P> {
  lazyProps: () => Promise<P>;
}

/**
 * A page of the edition `key` with `params` and the props `make` makes, keyed by all it shows;
 * `key` is null for a page of no edition's route (an author's, at the site's base).
 * A build makes every page's props up front, for its key; the dev server renders one page a
 * request and needs no keys, so there the props are made when the page is asked for (a page's
 * related stories, at 10,000 stories, would otherwise be ranked for every story on every edit).
 */
export function keyedPage<P>(
  site: SiteModel,
  key: string | null,
  params: Record<string, string | undefined>,
  make: () => P,
): KeyedPage<P> {
  const all = key === null ? params : { edition: editionParam(key), ...params };
  if (PREVIEW) {
    const lazy: LazyProps<P> = { lazyProps: () => findingPages.run(true, async () => make()) };
    return { params: all, props: lazy as P, cacheKey: '' };
  }
  const props = make();
  return {
    params: all,
    props,
    // How photos are made is in every made photo's name, so in every page that shows one.
    cacheKey: digestOf(SHOWN_SETTINGS, frameOf(site), site.photos.stamp, key, props),
  };
}

/** A page's props, made now if the dev server left them to be made when asked (see keyedPage). */
export async function propsOf<P>(props: unknown): Promise<P> {
  const lazy = props as Partial<LazyProps<P>>;
  return typeof lazy.lazyProps === 'function' ? lazy.lazyProps() : (props as P);
}

/**
 * A route's `getStaticPaths`: the pages `find` gives from the site. The site may be read only
 * here (see getSite): a page that needs more than its props cannot get it without a key.
 */
export function pagesOf<P>(
  find: (site: SiteModel) => KeyedPage<P>[] | Promise<KeyedPage<P>[]>,
): GetStaticPaths {
  return () =>
    findingPages.run(
      true,
      async () => (await find(await getSite())) as unknown as GetStaticPathsResult,
    );
}

/**
 * The site, for a page that has no key of its own and is written on every build (the news
 * sitemap, which follows the build's clock).
 */
export function staticPageData(): Promise<SiteModel> {
  return findingPages.run(true, getSite);
}

/**
 * The frame for a page that has no key of its own (the not-found page, which is rendered on
 * every build): what every keyed page's key covers.
 */
export async function pageFrame(): Promise<PageFrame> {
  return findingPages.run(true, async () => frameOf(await getSite()));
}
