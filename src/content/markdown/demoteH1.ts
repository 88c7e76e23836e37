/** Body headings start at h2: the page's only h1 is the headline. */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function demoteH1() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}
