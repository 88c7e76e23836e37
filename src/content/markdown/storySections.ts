/**
 * Links to a section of a story's page (`/articles/harbour/#reaction`) pointed at the id the
 * sanitiser gives that section there (`#user-content-reaction`), as retargetFragmentLinks does
 * for a body's links to its own sections: written as the heading reads, the fragment led to the
 * top of the page. Runs after the page slashes are mended and before the base is put in front.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { storySectionHref } from '../../lib/siteLinks.ts';
import { clobberPrefix } from './sanitizeSchema.ts';

export function storySections() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const section = storySectionHref(href, clobberPrefix);
      if (section !== undefined) node.properties.href = section;
    });
  };
}
