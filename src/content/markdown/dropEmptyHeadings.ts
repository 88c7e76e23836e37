/**
 * Removes headings with no words and no picture (`## ` with nothing after it), which would show
 * readers a gap and a blank line in the table of contents; each is a note, so the editor hears.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether a tree or an element shows a picture somewhere inside it. */
export function holdsImage(node: Root | Element): boolean {
  let found = false;
  visit(node, 'element', (child) => {
    if (child.tagName !== 'img') return;
    found = true;
    return EXIT;
  });
  return found;
}

export function dropEmptyHeadings() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!HEADINGS.has(node.tagName) || !parent || index === undefined) return;
      if (toText(node).trim() !== '' || holdsImage(node)) return;
      parent.children.splice(index, 1);
      (file.data.bodyNotes ??= []).push({
        kind: 'empty heading',
        tag: node.tagName,
        line: node.position?.start.line,
      });
      // Visit what moved into its place.
      return [SKIP, index];
    });
  };
}
