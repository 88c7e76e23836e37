/**
 * Code blocks and tables scroll sideways in their own box when they are wider than the column:
 * a keyboard reader must be able to reach them to scroll them, so they take focus.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function focusableScrollers() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'pre' || node.tagName === 'table') node.properties.tabIndex = 0;
    });
  };
}
