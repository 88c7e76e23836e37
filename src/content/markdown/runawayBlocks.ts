/**
 * Notes an HTML block that markdown reads to the end of the body: a comment (`<!--`) or a
 * `<script>`, `<style>` or `<textarea>` block never closed takes every line after it, story and
 * all, as its own, and the page shows none of them. In a quote, a list item or a footnote it
 * takes the rest of that. Only one with more text after a blank line in it (in a quote, a list
 * item or a footnote, on any later line): a stylesheet left open as the body's last lines hides
 * nothing of the story.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** How a block markdown ends only where it is closed begins, and what ends it (CommonMark's). */
const RUNAWAY: readonly { start: RegExp; end: RegExp; what: (opened: string) => string }[] = [
  // `<!-->` and `<!--->` close at once; browsers also end a comment at `--!>`.
  { start: /^<!--/, end: /-->|--!>/, what: () => '<!--' },
  {
    start: /^<(script|style|textarea)(?=[\s>]|$)/i,
    end: /<\/(?:script|style|textarea|pre)>/i,
    what: (opened) => `<${opened.slice(1).toLowerCase()}>`,
  },
];

/** What a block in each container markdown ends at the container's end is called to the editor. */
const CONTAINERS: Readonly<Record<string, 'quote' | 'list item' | 'footnote' | undefined>> = {
  blockquote: 'quote',
  listItem: 'list item',
  footnoteDefinition: 'footnote',
};

/** Text after a blank line: a paragraph of the story, not the element's own lines. */
const PARAGRAPH_AFTER = /\n[ \t]*\n\s*\S/;

/** Text on a line after the first. */
const LINE_AFTER = /\n\s*\S/;

export function runawayBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node, _index, parent) => {
      const within = parent && CONTAINERS[parent.type];
      // HTML in a paragraph is one tag at a time: only a block reads on to an end.
      if (parent?.type !== 'root' && !within) return;
      const value = node.value.trimStart();
      const rule = RUNAWAY.find(({ start }) => start.test(value));
      if (!rule) return;
      const line = node.position?.start.line ?? 1;
      const what = rule.what(rule.start.exec(value)![0]);
      const end = rule.end.exec(value);
      if (!end) {
        // In a quote or a list item, the lines after it are the quote's: a desk comment is one line.
        if ((within ? LINE_AFTER : PARAGRAPH_AFTER).test(value))
          (file.data.bodyNotes ??= []).push({
            kind: 'hidden',
            line,
            what,
            ...(within && { within }),
          });
        return;
      }
      if (within) return;
      // `<script … />` closes nothing: the story's paragraphs up to a later </script> are its text.
      const tag = /^<[^>]*>/.exec(value)?.[0] ?? '';
      const inside = value.slice(0, end.index);
      const paragraph = PARAGRAPH_AFTER.exec(inside);
      if (what !== '<!--' && /\/\s*>$/.test(tag) && paragraph) {
        const lineAt = (index: number) => line + value.slice(0, index).split('\n').length - 1;
        (file.data.bodyNotes ??= []).push({
          kind: 'hidden',
          line,
          what,
          from: lineAt(paragraph.index + paragraph[0].length - 1),
          until: lineAt(end.index),
          selfClosed: true,
        });
      }
    });
  };
}
