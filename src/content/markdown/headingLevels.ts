/**
 * A heading that skips a level (`###` right under the headline, `####` under a `##`): readers who
 * move through a page by its headings, as screen readers let them, find a level missing. Each is a
 * note with the level to write; the page keeps the heading as written.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A heading's level as the page shows it: a body's `#` is a second-level heading (see demoteH1). */
const levelOf = (tagName: string) => {
  const level = /^h([1-6])$/.exec(tagName)?.[1];
  return level === undefined ? undefined : Math.max(Number(level), 2);
};

/** A line that opens a heading in HTML: `<h4>`, after any `>` of a quotation. */
const RAW = /^[\s>]*<h[1-6][\s>]/i;

export function headingLevels() {
  return (tree: Root, file: VFile) => {
    const lines = String(file.value).split('\n');
    // The headline is the page's first-level heading.
    let above = 1;
    visit(tree, 'element', (node) => {
      const level = levelOf(node.tagName);
      if (level === undefined) return;
      if (level > above + 1) {
        const line = node.position?.start.line;
        (file.data.bodyNotes ??= []).push({
          kind: 'heading level',
          level,
          above,
          line,
          // `<h4>` written as HTML: the fix is told in HTML too.
          ...(line !== undefined && RAW.test(lines[line - 1] ?? '') && { html: true }),
        });
      }
      above = level;
    });
  };
}
