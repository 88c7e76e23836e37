/**
 * Notes for the desk left in a body (`TK`, `[CHECK SPELLING]`; see deskNotes), which readers
 * would see: each is noted on its line. Runs on the markdown's text, so code stays as typed.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { deskNotes } from '../../lib/deskNotes.ts';

export function deskNoteChecks() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'text', (node) => {
      const line = node.position?.start.line;
      let from = 0;
      for (const written of deskNotes(node.value)) {
        const at = node.value.indexOf(written, from);
        from = at + written.length;
        const below = node.value.slice(0, at).split('\n').length - 1;
        (file.data.bodyNotes ??= []).push({
          kind: 'desk note',
          written,
          line: line === undefined ? undefined : line + below,
        });
      }
    });
  };
}
