/**
 * Notes a comment block never closed: a line that begins with `<!--`, and no `-->` (nor `--!>`,
 * which browsers also take) after it. Markdown then reads the rest of the body as that comment,
 * and the page lost it without a word. On the markdown's HTML blocks, where the comment is still
 * there to find (the HTML parser drops it whole); a comment inside another block, or one in a
 * `<style>`, ends with that block and hides nothing after it.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export function openComments() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      if (!node.value.trimStart().startsWith('<!--')) return;
      // `<!-->` and `<!--->` close at once.
      if (node.value.includes('-->') || node.value.includes('--!>')) return;
      (file.data.bodyNotes ??= []).push({ kind: 'open comment', line: node.position?.start.line });
    });
  };
}
