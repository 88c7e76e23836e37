/**
 * Links whose words are their own address (`https://example.org/report`, as an autolink or typed
 * out) are classed `address`: a printed page spells out another site's address after a link's
 * words, and would print these twice.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** The class of a link that reads as its own address. */
export const ADDRESS_LINK = 'address';

/** `https://example.org/a/` and `example.org/a` read as the same address. */
const bare = (address: string) =>
  address
    .trim()
    .replace(/^[a-z][a-z\d+.-]*:(?:\/\/)?/i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '')
    .toLowerCase();

export function addressLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const { href } = node.properties;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (bare(toString(node)) !== bare(href)) return;
      const classes = node.properties.className;
      node.properties.className = [...(Array.isArray(classes) ? classes : []), ADDRESS_LINK];
    });
  };
}
