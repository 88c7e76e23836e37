/**
 * Markdown blocks that raw HTML before them hid: an element the browser's parser never closes
 * (`<noscript>` with no `</noscript>`, `<iframe … />`) takes the paragraphs after it inside
 * itself, and the sanitiser removes them with it, without a word. The body's top-level blocks
 * are noted before rehype-raw (`blocksBeforeRaw`) and looked for once the sanitiser has run
 * (`hiddenBlocks`): blocks gone to the body's end, up to a later end tag after a `/>` that
 * closed nothing, or with no end tag before the next block shown (an open `<iframe>` takes the
 * paragraph after it) are told on the line of the HTML that hid them. Blocks a closed element
 * holds (`<noscript>` … `</noscript>`) go as the sanitiser's warning says, and are not told again.
 */
import type { Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { sanitizeSchema } from './sanitizeSchema.ts';

/** The elements the sanitiser removes with all they hold. */
const WHOLE = new Set(sanitizeSchema.strip ?? []);

/** Notes the top-level blocks of a body, and its raw HTML at any depth, before it is parsed. */
export function blocksBeforeRaw() {
  return (tree: Root, file: VFile) => {
    file.data.blocksBeforeRaw = [];
    file.data.rawBeforeParse = [];
    for (const node of tree.children) {
      const at = node.position?.start;
      if (node.type === 'element' && at?.offset !== undefined) {
        file.data.blocksBeforeRaw.push({ offset: at.offset, line: at.line });
      }
    }
    // `<plaintext>` inside a paragraph hides the blocks after it as surely as one on its own.
    const raws = file.data.rawBeforeParse;
    const walk = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        const at = node.position?.start;
        if (node.type === 'raw' && at?.offset !== undefined) {
          raws.push({ offset: at.offset, line: at.line, value: node.value });
        }
        if ('children' in node) walk(node.children);
      }
    };
    walk(tree.children);
  };
}

/** Every start offset of a node in `tree`. */
function offsets(tree: Root): Set<number> {
  const found = new Set<number>();
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      const offset = node.position?.start.offset;
      if (offset !== undefined) found.add(offset);
      if ('children' in node) walk(node.children);
    }
  };
  walk(tree.children);
  return found;
}

/** What opens an element the sanitiser removes whole: its start tag, or a comment's `<!--`. */
interface Opener {
  what: string;
  /** Its start tag ends in `/>`, which closes nothing. */
  selfClosed: boolean;
  /** Where in the raw HTML its start tag ends. */
  after: number;
}

/** The first element in `html` the sanitiser removes whole, as its start tag is named, or a comment. */
function opener(html: string): Opener | undefined {
  for (const match of html.matchAll(/<(!--|[a-z][a-z0-9-]*)([^>]*)>?/gi)) {
    const name = match[1]!.toLowerCase();
    const after = match.index + match[0].length;
    if (name === '!--') return { what: '<!--', selfClosed: false, after };
    if (WHOLE.has(name)) {
      return { what: `<${name}>`, selfClosed: /\/\s*$/.test(match[2] ?? ''), after };
    }
  }
  return undefined;
}

/** Whether raw HTML from `hider` up to offset `until` closes what `opened` opened. */
function closedBefore(
  raws: readonly { offset: number; value: string }[],
  hider: { offset: number; value: string },
  opened: Opener,
  until: number,
): boolean {
  const end = opened.what === '<!--' ? '-->' : `</${opened.what.slice(1, -1)}`;
  const closes = (html: string) => html.toLowerCase().includes(end);
  return (
    closes(hider.value.slice(opened.after)) ||
    raws.some((raw) => raw.offset > hider.offset && raw.offset < until && closes(raw.value))
  );
}

/** Tells each run of top-level blocks gone that HTML never closed hid (see above). */
export function hiddenBlocks() {
  return (tree: Root, file: VFile) => {
    const before = file.data.blocksBeforeRaw;
    const raws = file.data.rawBeforeParse;
    if (!before?.length || !raws?.length) return;
    const kept = offsets(tree);
    const gone = before.map((block) => !kept.has(block.offset));
    let first = gone.indexOf(true);
    while (first !== -1) {
      let last = first;
      while (last + 1 < before.length && gone[last + 1]) last += 1;
      const block = before[first]!;
      // The nearest raw HTML before the blocks that opens what hid them (`</math>` opens nothing).
      const hider = raws.filter((raw) => raw.offset < block.offset && opener(raw.value)).at(-1);
      const opened = hider && opener(hider.value);
      const toEnd = last === before.length - 1;
      const shown = before[last + 1];
      if (
        hider &&
        opened &&
        (toEnd || opened.selfClosed || !closedBefore(raws, hider, opened, shown!.offset))
      ) {
        (file.data.bodyNotes ??= []).push({
          kind: 'hidden',
          line: hider.line,
          what: opened.what,
          from: block.line,
          ...(!toEnd && { until: shown!.line - 1 }),
          ...(opened.selfClosed ? { selfClosed: true } : !toEnd && { blocks: last - first + 1 }),
          seen: true,
        });
      }
      first = gone.indexOf(true, last + 1);
    }
  };
}
