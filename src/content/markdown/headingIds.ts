/**
 * Stable ids on headings, GitHub's slugs of their words, for the table of contents and links to a
 * section. A picture in a heading counts as its alt text, as a screen reader reads the heading:
 * `## ![Map of the route](map.png)` is `#map-of-the-route`, not an id with no words.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { holdsImage } from './dropEmptyHeadings.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The heading itself, or a copy of it with each picture in it replaced by its alt text. */
export function withAltText(heading: Element): Element {
  if (!holdsImage(heading)) return heading;
  const read = structuredClone(heading);
  visit(read, 'element', (node, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return;
    parent.children.splice(index, 1, { type: 'text', value: String(node.properties.alt ?? '') });
  });
  return read;
}

export function headingIds() {
  const slugs = new GithubSlugger();
  return (tree: Root) => {
    // Numbered per body: a second "Reaction" is `reaction-1` in every story alike.
    slugs.reset();
    // An id written in raw HTML is the editor's, kept (and prefixed by the sanitiser); taken
    // first, so a heading of the same words is numbered and a contents link finds its own.
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') slugs.slug(node.properties.id, true);
    });
    visit(tree, 'element', (node) => {
      if (!HEADINGS.has(node.tagName) || node.properties.id) return;
      node.properties.id = slugs.slug(toString(withAltText(node)));
    });
  };
}
