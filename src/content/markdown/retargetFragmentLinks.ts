/**
 * The sanitiser prefixes every id with `user-content-` so a body cannot clobber the page's own
 * ids; this points in-page links (`#fn-1`) at the prefixed targets, as GitHub does in the browser.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { clobberPrefix } from './sanitizeSchema.ts';

/** A fragment decoded for comparing with ids; as written when it is not valid percent-encoding. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export function retargetFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string') links.push(node);
    });
    for (const link of links) {
      const href = link.properties.href as string;
      if (!href.startsWith('#') || ids.has(href.slice(1))) continue;
      const target = `${clobberPrefix}${safeDecode(href.slice(1))}`;
      if (ids.has(target)) link.properties.href = `#${target}`;
    }
  };
}
