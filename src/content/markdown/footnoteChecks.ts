/**
 * Footnotes that do not meet (GFM): a mark with no note (`[^1]` prints as typed) and a note no
 * mark names (its text is dropped from the page), each noted on its line. Runs on the markdown,
 * where the notes are still there; code stays as typed and is not read.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * A footnote mark as typed when no note has its label: `[^1]`. Read in the source, where a mark
 * escaped on purpose (`\[^1]`, text meant to show the brackets) still has its backslash.
 */
const MARK = /(?<!\\)\[\^([^\]\s]+)\]/g;

export function footnoteChecks() {
  return (tree: Root, file: VFile) => {
    const marked = new Set<string>();
    visit(tree, 'footnoteReference', (node) => {
      marked.add(node.identifier);
    });
    const notes = (file.data.bodyNotes ??= []);
    const source = String(file.value);
    visit(tree, 'text', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const typed =
        start === undefined || end === undefined ? node.value : source.slice(start, end);
      for (const match of typed.matchAll(MARK)) {
        notes.push({
          kind: 'footnote',
          label: match[1]!,
          mark: true,
          line: node.position?.start.line,
        });
      }
    });
    visit(tree, 'footnoteDefinition', (node) => {
      if (marked.has(node.identifier)) return;
      notes.push({
        kind: 'footnote',
        label: node.label ?? node.identifier,
        mark: false,
        line: node.position?.start.line,
      });
    });
  };
}
