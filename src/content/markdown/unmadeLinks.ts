/**
 * Links and pictures markdown does not make, printed as typed: an address with a space in it
 * (`![…](./bus lane.png)`), a space between `]` and `(`, or the two halves written the wrong way
 * round (`(as we reported)[/articles/x/]`). Each is noted on its line. Runs on the markdown,
 * reading each paragraph's source, code spans left out.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { UnmadeLink } from './data.ts';

/** An address as an editor writes one: a web address, a site path, or a file beside the story. */
const ADDRESS = String.raw`(?:https?:\/\/|\/|\.{1,2}\/|www\.)`;

/**
 * The start of an address with a space in it: any, in a picture (`![…](Bus Lane.JPG)`, a file
 * beside the story); in a link, an address as above or one that ends as a file's name does
 * (`[the plan](annual plan.pdf)`), since words in brackets then in parentheses may be prose.
 */
const SPACED = String.raw`(?:!\[[^\]\n]*\]\((?!<)[^)\s]+|\[[^\]\n]*\]\((?!<)(?:${ADDRESS}[^)\s]*|(?=[^)\n]*\.[A-Za-z][A-Za-z0-9]{1,4}\))[^)\s]+))`;

/** The three shapes, each with the text as written: the first that matches a stretch is told. */
const SHAPES: readonly (readonly [UnmadeLink, RegExp])[] = [
  ['space in address', new RegExp(String.raw`${SPACED}[ \t]+(?![ \t"'(])[^)\n]*\)`, 'gu')],
  ['space before address', new RegExp(String.raw`!?\[[^\]\n]+\][ \t]+\(${ADDRESS}[^)\s]*\)`, 'gu')],
  ['backwards', new RegExp(String.raw`\([^()\n]+\)\[${ADDRESS}[^\]\s]*\]`, 'gu')],
];

/** The longest stretch of text quoted back to the editor: an address can be long. */
const QUOTED = 80;

export function unmadeLinks() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'paragraph', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const line = node.position?.start.line;
      if (start === undefined || end === undefined || line === undefined) return;
      // Code spans blanked out, their line breaks kept, so the lines and offsets stay true.
      let text = source.slice(start, end);
      visit(node, 'inlineCode', (code) => {
        const [from, to] = [code.position?.start.offset, code.position?.end.offset];
        if (from === undefined || to === undefined) return;
        const blank = text.slice(from - start, to - start).replace(/[^\n]/g, ' ');
        text = text.slice(0, from - start) + blank + text.slice(to - start);
      });
      const found: { shape: UnmadeLink; at: number; typed: string }[] = [];
      for (const [shape, pattern] of SHAPES) {
        for (const { index: at, 0: typed } of text.matchAll(pattern)) {
          const overlaps = found.some(
            (other) => at < other.at + other.typed.length && at + typed.length > other.at,
          );
          if (!overlaps) found.push({ shape, at, typed });
        }
      }
      // In the order they are written.
      for (const { shape, at, typed } of found.sort((a, b) => a.at - b.at)) {
        (file.data.bodyNotes ??= []).push({
          kind: 'unmade link',
          shape,
          written: typed.length > QUOTED ? `${typed.slice(0, QUOTED - 1)}…` : typed,
          line: line + (text.slice(0, at).match(/\n/g)?.length ?? 0),
        });
      }
    });
  };
}
