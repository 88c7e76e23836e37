/**
 * Notes a comment never closed (`<!--` with no `-->` after it): the browser's parser hides all
 * that follows it, and the page lost the rest of the story without a word. On the markdown's
 * raw HTML, where the comment is still there to find (the HTML parser drops it whole).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function openComments() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'html', (node) => {
      const start = node.position?.start.offset;
      if (start === undefined) return;
      for (
        let at = node.value.indexOf('<!--');
        at !== -1;
        at = node.value.indexOf('<!--', at + 4)
      ) {
        const close = source.indexOf('-->', start + at + 4);
        if (close === -1) {
          const line =
            (node.position?.start.line ?? 1) + node.value.slice(0, at).split('\n').length - 1;
          (file.data.bodyNotes ??= []).push({ kind: 'open comment', line });
          return;
        }
        at = close - start;
      }
    });
  };
}
