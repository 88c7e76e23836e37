/**
 * Pictures whose alt text tells a reader who cannot see them nothing (a file name, or only the
 * word "photo"; see vagueAlt): each is noted on its line, with what the text should do instead.
 * Runs after the sanitiser, on the pictures it let through.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { vagueAlt } from '../../lib/altText.ts';

export function vagueAlts() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      const { src, alt } = node.properties;
      if (node.tagName !== 'img' || typeof src !== 'string' || typeof alt !== 'string') return;
      const why = vagueAlt(alt);
      if (!why) return;
      (file.data.bodyNotes ??= []).push({
        kind: 'vague alt',
        src,
        alt,
        why,
        line: node.position?.start.line,
      });
    });
  };
}
