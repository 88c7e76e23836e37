/** Removes paragraphs left empty once the sanitiser dropped what they held (`<p><style>…</p>`). */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Whether a paragraph holds nothing but white space. */
const isEmpty = (node: Element) =>
  node.children.every((child) => child.type === 'text' && child.value.trim() === '');

export function dropEmptyParagraphs() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !isEmpty(node) || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      // Visit what moved into its place.
      return [SKIP, index];
    });
  };
}
