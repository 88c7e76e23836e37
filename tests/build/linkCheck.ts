import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { listFiles } from './astroBuild.ts';

const parser = unified().use(rehypeParse);

/** One link that leads nowhere. */
export interface BrokenLink {
  page: string;
  url: string;
  why: string;
}

/** Every element of a tree. */
function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

/** The URLs an element links to or loads. */
function urlsOf(element: Element): string[] {
  const { href, src, srcSet, action } = element.properties;
  const urls = [href, src, action].filter((value): value is string => typeof value === 'string');
  if (typeof srcSet === 'string')
    urls.push(...srcSet.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  return urls;
}

/**
 * Crawls every HTML page of a built site served at `siteUrl` + `base`: every internal link, asset,
 * form target and `#fragment` must exist in `dir`. A link outside the base path is broken too.
 */
export function checkLinks(
  dir: string,
  siteUrl: string,
  base: string,
): { checked: number; broken: BrokenLink[] } {
  const origin = new URL(siteUrl).origin;
  const idsCache = new Map<string, Set<string>>();
  const fileFor = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const relative = decodeURIComponent(path.slice(base.length));
    const file = join(dir, relative);
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  };
  const idsIn = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (!ids) {
      const tree = parser.parse(readFileSync(file, 'utf8'));
      ids = new Set(
        [...elements(tree)]
          .map((el) => el.properties.id)
          .filter((id): id is string => typeof id === 'string'),
      );
      idsCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of listFiles(dir).filter((file) => file.endsWith('.html'))) {
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const tree = parser.parse(readFileSync(join(dir, page), 'utf8'));
    for (const element of elements(tree)) {
      for (const raw of urlsOf(element)) {
        const url = new URL(raw, pageUrl);
        if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
        checked++;
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push({
            page,
            url: raw,
            why: url.pathname.startsWith(base) ? 'no such file' : `outside ${base}`,
          });
        } else if (
          url.hash &&
          file.endsWith('.html') &&
          !idsIn(file).has(decodeURIComponent(url.hash.slice(1)))
        ) {
          broken.push({ page, url: raw, why: `no element with id ${url.hash}` });
        }
      }
    }
  }
  return { checked, broken };
}

/** The `<loc>` URLs of a sitemap file that do not lead to a built file. */
export function brokenSitemapUrls(dir: string, xml: string, base: string): string[] {
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
  return locs
    .filter((url) => {
      if (!url.pathname.startsWith(base)) return true;
      const file = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
      return !(
        existsSync(join(file, 'index.html')) ||
        (existsSync(file) && statSync(file).isFile())
      );
    })
    .map((url) => url.href);
}
