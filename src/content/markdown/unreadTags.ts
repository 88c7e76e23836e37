/**
 * HTML tags markdown does not read, printed as typed: `<img src=/x.jpg alt="A box">`, whose
 * unquoted address markdown's parser refuses, shows readers the tag itself, and no picture. Each
 * is noted on its line. Runs on the markdown, reading each paragraph's and heading's source, with
 * code spans and the HTML markdown did read left out; a `\<` written to show a bracket is meant.
 */
import type { Root } from 'mdast';
import { htmlTagNames } from 'html-tag-names';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Every element HTML has had: a tag named otherwise is words in angle brackets. */
const HTML_TAGS = new Set(htmlTagNames);

/** A start tag with its attributes on one line, not after a backslash. */
const TAG = /(?<!\\)<([A-Za-z][A-Za-z0-9]*)(?:[ \t][^<>\n]*)?\/?>/g;

/** The longest tag quoted back to the editor. */
const QUOTED = 80;

export function unreadTags() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading') return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const line = node.position?.start.line;
      if (start === undefined || end === undefined || line === undefined) return;
      // What is code, or HTML markdown read, blanked out, its line breaks kept.
      let text = source.slice(start, end);
      visit(node, (inner) => {
        if (inner.type !== 'inlineCode' && inner.type !== 'html') return;
        const [from, to] = [inner.position?.start.offset, inner.position?.end.offset];
        if (from === undefined || to === undefined) return;
        const blank = text.slice(from - start, to - start).replace(/[^\n]/g, ' ');
        text = text.slice(0, from - start) + blank + text.slice(to - start);
      });
      for (const { index: at, 0: typed, 1: name } of text.matchAll(TAG)) {
        if (!HTML_TAGS.has(name!.toLowerCase())) continue;
        (file.data.bodyNotes ??= []).push({
          kind: 'unread tag',
          written: typed.length > QUOTED ? `${typed.slice(0, QUOTED - 1)}…` : typed,
          line: line + (text.slice(0, at).match(/\n/g)?.length ?? 0),
        });
      }
    });
  };
}
