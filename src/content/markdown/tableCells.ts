/**
 * Table rows with more cells than the table has columns: markdown shows a row's first cells,
 * as many as the header has, and drops the rest without a word. A `|` typed in a cell's text
 * (`"Yes | no," she said`) makes one. Each row whose dropped cells hold words is noted on its
 * line, with the first words readers lose.
 */
import type { Root, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { quotedWords } from '../../lib/text.ts';

/** What readers would read in a cell: its words, and its footnote marks (`[^1]`), not its HTML. */
function cellWords(cell: TableCell): string {
  const marks: string[] = [];
  visit(cell, 'footnoteReference', (mark) => {
    marks.push(`[^${mark.label ?? mark.identifier}]`);
  });
  const words = toString(cell, { includeHtml: false });
  // Invisible characters a paste leaves (U+200B, a soft hyphen) are no words to lose.
  return [words, ...marks]
    .join(' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tableCells() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'table', (table) => {
      const columns = table.align?.length ?? table.children[0]?.children.length ?? 0;
      for (const row of table.children) {
        const dropped = row.children
          .slice(columns)
          .map((cell) => cellWords(cell))
          .filter(Boolean);
        if (dropped.length === 0) continue;
        const lost = dropped.join(' | ');
        (file.data.bodyNotes ??= []).push({
          kind: 'cells',
          line: row.position?.start.line,
          columns,
          lost: quotedWords(lost),
        });
      }
    });
  };
}
