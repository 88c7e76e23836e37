/**
 * The ids of the body's parts (headings, footnotes, any element given one), as a link from
 * another story writes them (`#reaction` for `user-content-reaction`), so the sync can tell a
 * link to a section a story does not have (see brokenSiteLinks in ../linkChecks.ts).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { clobberPrefix } from './sanitizeSchema.ts';

export function sectionIds() {
  return (tree: Root, file: VFile) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      const { id } = node.properties;
      if (typeof id === 'string' && id.startsWith(clobberPrefix)) {
        ids.add(id.slice(clobberPrefix.length));
      }
    });
    file.data.sectionIds = [...ids];
  };
}
