/**
 * Prose that markdown reads as something else: a paragraph indented by four spaces (a code box),
 * a line of `---` right under a paragraph (which makes it a heading), paragraphs pasted with
 * single line breaks or lines of `•` (one run-on paragraph), a heading with no space after its
 * `#` (printed as typed). Each is noted on its line. Runs on the markdown, where how a block was
 * written can still be read from the source.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ProseSlip } from './data.ts';

/** A fence of code, after any `>` of a quotation: code written as code. */
const FENCED = /^[\s>]*(?:```|~~~)/;

/** The line under a heading written as its underline (setext): `---` or `===`. */
const UNDERLINE = /^[\s>]*(-+|=+)\s*$/;

/** A line ending a sentence: `.`, `?`, `!`, `…` or a CJK full stop, then any closing quote. */
const SENTENCE_END = /[.!?…。！？][\s"”’»)\]]*$/u;

/** A word before a full stop that does not end a sentence: `Mr.`, `Gen.`, `U.S.`, `J.`. */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gen|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No|vs|etc|Inc|Co|Corp|Ltd|Jan|Feb|Aug|Sept|Oct|Nov|Dec|(?:\p{L}\.)+\p{L}|\p{Lu})\.$/u;

/** A line starting a sentence: after any opening quote or dash, a letter that is not lower-case. */
const SENTENCE_START = /^[\s"“‘«(¿¡—–-]*(?!\p{Ll})[\p{L}\p{N}]/u;

/** A line begun with a bullet as a word processor types it (`•`, `▪`): not a markdown list. */
const BULLET = /^\s*[•·▪◦‣●○■□►]\s/u;

/** A heading written with no space after its `#`s (`##Reaction`): not `#1`, not a hashtag. */
const UNSPACED_HEADING = /^[ ]{0,3}#{1,6}(?=[^\s#\d])\S/;

/**
 * A paragraph line this long, as read (link addresses aside), is prose pasted whole: longer than
 * text wrapped at 80 or 100 columns, or a line of verse, or one sentence a line.
 */
const LONG_LINE = 120;

/** A line's length as a reader sees it: a link's address (`](…)`, `<https://…>`, a bare one) aside. */
const readLength = (line: string) =>
  line.replace(/\]\([^)]*\)|<[a-z][a-z\d+.-]*:[^>]*>|https?:\/\/\S+/giu, '').length;

/** Code written as code, not prose: brackets, operators and the like, or no sentence's shape. */
const PROSE = /^["“‘(]?\p{L}[^{}[\]<>=;$#\\|_`]*[.!?"”’)]$/u;

export function proseSlips() {
  return (tree: Root, file: VFile) => {
    const lines = String(file.value).split('\n');
    const note = (slip: ProseSlip, line: number, count?: number) =>
      (file.data.bodyNotes ??= []).push({
        kind: 'prose slip',
        slip,
        line,
        ...(count !== undefined && { count }),
      });
    visit(tree, (node, _index, parent) => {
      const start = node.position?.start.line;
      const end = node.position?.end.line;
      if (start === undefined || end === undefined) return;
      // An indented block that reads as a paragraph: sentences, several words, no code's marks.
      if (
        node.type === 'code' &&
        !FENCED.test(lines[start - 1] ?? '') &&
        PROSE.test(node.value.trim()) &&
        node.value.trim().split(/\s+/).length >= 5
      )
        note('indented', start);
      if (node.type === 'heading' && end > start) {
        const underline = UNDERLINE.exec(lines[end - 1] ?? '')?.[1];
        if (underline) note(underline.startsWith('=') ? 'underlined =' : 'underlined -', end);
      }
      if (node.type !== 'paragraph' || parent?.type !== 'root') return;
      if (end === start) {
        // One short line, no sentence, not a line of hashtags (`#Vote #Election2026`).
        const line = lines[start - 1]!.trim();
        const words = line.split(/\s+/);
        if (
          UNSPACED_HEADING.test(line) &&
          !SENTENCE_END.test(line) &&
          words.length <= 12 &&
          !words.every((word) => /^#[^#]/.test(word))
        )
          note('unspaced #', start);
        return;
      }
      const written = lines.slice(start - 1, end);
      // A line ending in two spaces or a backslash breaks there on purpose.
      const hard = (line: string) => /( {2}|\\)$/.test(line);
      // Lines of `•`, one at least run on from the line above.
      const runOn = (line: string, i: number) =>
        i > 0 && BULLET.test(line) && !hard(written[i - 1]!);
      if (written.filter((line) => BULLET.test(line)).length >= 2 && written.some(runOn)) {
        note('bullets', start, written.length);
        return;
      }
      const soft = written
        .slice(0, -1)
        .map((line, i) => ({ line: line.trimEnd(), next: written[i + 1]!, hard: hard(line) }))
        .filter(({ hard }) => !hard);
      const pasted =
        soft.length > 0 &&
        written.some((line) => readLength(line) > LONG_LINE) &&
        soft.every(
          ({ line, next }) =>
            SENTENCE_END.test(line) && !ABBREVIATION.test(line) && SENTENCE_START.test(next),
        );
      if (pasted) note('run together', start, written.length);
    });
  };
}
