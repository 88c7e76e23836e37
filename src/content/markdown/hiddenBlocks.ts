/**
 * Markdown text that raw HTML before it hid: an element the browser's parser never closes
 * (`<noscript>` with no `</noscript>`, `<iframe … />`, an `<iframe>` or `<title>` left open in a
 * paragraph, a list or a quote) takes the words after it inside itself, and the sanitiser
 * removes them with it, without a word. The body's text is noted before rehype-raw
 * (`blocksBeforeRaw`) and looked for once the sanitiser has run (`hiddenBlocks`): text gone with
 * no end tag for the HTML before it, or up to a later end tag after a `/>` that closed nothing,
 * is told on the line of the HTML that hid it. What a closed element holds (`<noscript>` …
 * `</noscript>`) goes as the sanitiser's warning says, and is not told again.
 */
import type { Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { quotedWords } from '../../lib/text.ts';
import { sanitizeSchema } from './sanitizeSchema.ts';

/** The elements the sanitiser removes with all they hold. */
const WHOLE = new Set(sanitizeSchema.strip ?? []);

/** Notes the text of a body from markdown, and its raw HTML, before the HTML is parsed. */
export function blocksBeforeRaw() {
  return (tree: Root, file: VFile) => {
    const texts: { offset: number; end: number; line: number; value: string }[] = [];
    const raws: { offset: number; line: number; value: string }[] = [];
    const walk = (nodes: readonly RootContent[]) => {
      for (const node of nodes) {
        const at = node.position?.start;
        if (at?.offset !== undefined) {
          if (node.type === 'raw')
            raws.push({ offset: at.offset, line: at.line, value: node.value });
          if (node.type === 'text' && /\S/.test(node.value)) {
            const end = node.position?.end.offset ?? at.offset + node.value.length;
            texts.push({ offset: at.offset, end, line: at.line, value: node.value });
          }
        }
        if ('children' in node) walk(node.children);
      }
    };
    walk(tree.children);
    // In the body's order: footnotes come last in the tree wherever they are written.
    file.data.textBeforeRaw = texts.sort((a, b) => a.offset - b.offset);
    file.data.rawBeforeParse = raws.sort((a, b) => a.offset - b.offset);
  };
}

/** The body's text after the sanitiser: where each text starts and ends in the source, and its words. */
function textsAfter(tree: Root): [start: number, end: number, value: string][] {
  const found: [number, number, string][] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      const at = node.position;
      if (node.type === 'text' && at?.start.offset !== undefined && at.end.offset !== undefined) {
        found.push([at.start.offset, at.end.offset, node.value]);
      }
      if ('children' in node) walk(node.children);
    }
  };
  walk(tree.children);
  return found.sort(([a], [b]) => a - b);
}

/** What opens an element the sanitiser removes whole: its start tag, or a comment's `<!--`. */
interface Opener {
  what: string;
  /** Its start tag ends in `/>`, which closes nothing. */
  selfClosed: boolean;
  /** Where in the raw HTML its start tag begins, and ends. */
  at: number;
  after: number;
  /** Its start tag as typed, when it is words in angle brackets: `<title of the report>`. */
  words?: string;
}

/** Attributes written as a bare word on the elements removed whole: `<script async defer>` is markup. */
const BARE_ATTRIBUTES = new Set([
  'async',
  'defer',
  'nomodule',
  'allowfullscreen',
  'allowtransparency',
  'webkitallowfullscreen',
  'mozallowfullscreen',
  'readonly',
  'disabled',
  'required',
  'autofocus',
  'hidden',
  'inert',
  'typemustmatch',
  'shadowrootdelegatesfocus',
  'shadowrootclonable',
  'shadowrootserializable',
]);

/** A start tag of bare words that are not all attributes: prose in angle brackets, a desk note. */
function deskWords(tag: string): string | undefined {
  const words = /^<[a-z][\w-]*((?:\s+[a-z][\w'’-]*)+)\s*>$/i.exec(tag)?.[1]?.trim().split(/\s+/);
  return words?.some((word) => !BARE_ATTRIBUTES.has(word.toLowerCase())) && tag.length <= 80
    ? tag
    : undefined;
}

/** Elements whose text the browser reads to their end tag alone, tags and all. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);

/**
 * The element the sanitiser removes whole that `html` leaves open (the last, when several are),
 * or a comment it leaves open: `<script>…</script><noscript>` leaves `<noscript>` open.
 */
function opener(html: string): Opener | undefined {
  const open: Opener[] = [];
  const tags = /<!--|<(\/?)([a-z][a-z0-9-]*)([^>]*)>?/gi;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const [at, after] = [match.index, match.index + match[0].length];
    if (match[0] === '<!--') {
      // `<!-->` and `<!--->` close at once; browsers also end a comment at `--!>`.
      const end = /^-?>|-->|--!>/.exec(html.slice(after));
      if (!end) return { what: '<!--', selfClosed: false, at, after };
      tags.lastIndex = after + end.index + end[0].length;
      continue;
    }
    const name = match[2]!.toLowerCase();
    if (!WHOLE.has(name)) continue;
    if (match[1]) {
      const at = open.findLastIndex((tag) => tag.what === `<${name}>`);
      if (at !== -1) open.splice(at, 1);
      continue;
    }
    const selfClosed = /\/\s*$/.test(match[3] ?? '');
    // `<svg … />` closes itself, as foreign markup may; an HTML element's `/>` closes nothing.
    if (selfClosed && (name === 'svg' || name === 'math')) continue;
    const words = deskWords(match[0]);
    const tag = { what: `<${name}>`, selfClosed, at, after, ...(words && { words }) };
    if (RAW_TEXT.has(name)) {
      // Its text is no markup: what looks like a tag in a <script> is the script's.
      const end = name === 'plaintext' ? -1 : html.toLowerCase().indexOf(`</${name}`, after);
      if (end === -1) return tag;
      tags.lastIndex = end;
      continue;
    }
    open.push(tag);
  }
  return open.at(-1);
}

/** The offset of the raw HTML after `hider`, before offset `until`, that closes what `opened` opened. */
function closerOf(
  raws: readonly { offset: number; value: string }[],
  hider: { offset: number },
  opened: Opener,
  until: number,
): number | undefined {
  // Nothing ends a <plaintext>, not even </plaintext>.
  if (opened.what === '<plaintext>') return undefined;
  const end = opened.what === '<!--' ? '-->' : `</${opened.what.slice(1, -1)}`;
  return raws.find(
    (raw) =>
      raw.offset > hider.offset && raw.offset < until && raw.value.toLowerCase().includes(end),
  )?.offset;
}

/** Elements with no end tag, which hold no text. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The texts of `run` that are not inside markup the editor opened after `hider` and closed after
 * them (`<math><mi>x</mi>`): that is the element's own, which the sanitiser's warning tells of.
 */
function storyTexts<T extends { offset: number }>(
  raws: readonly { offset: number; value: string }[],
  hider: { offset: number },
  run: readonly T[],
): T[] {
  // Where each element's last end tag is: `<b>` with none after a text leaves it the story's.
  const lastEnd = new Map<string, number>();
  for (const raw of raws) {
    for (const [, name] of raw.value.matchAll(/<\/([a-z][a-z0-9-]*)/gi)) {
      lastEnd.set(name!.toLowerCase(), raw.offset);
    }
  }
  const open: string[] = [];
  const told: T[] = [];
  let next = raws.findIndex((raw) => raw.offset > hider.offset);
  for (const text of run) {
    for (; next !== -1 && next < raws.length && raws[next]!.offset < text.offset; next += 1) {
      for (const [, end, name, slash] of raws[next]!.value.matchAll(
        /<(\/?)([a-z][a-z0-9-]*)[^>]*?(\/?)>/gi,
      )) {
        const tag = name!.toLowerCase();
        const at = open.lastIndexOf(tag);
        if (!end) {
          if (!slash && !VOID.has(tag)) open.push(tag);
        } else if (at !== -1) open.splice(at, 1);
      }
    }
    const inner = open.at(-1);
    if (inner === undefined || (lastEnd.get(inner) ?? -1) < text.offset) told.push(text);
  }
  return told;
}

/** The first words lost, as the editor wrote them, for the message to quote. */
function quoted(value: string, more: boolean): string {
  const cut = quotedWords(value);
  return more && !cut.endsWith('…') ? `${cut} …` : cut;
}

/** Tells each run of text gone that HTML never closed hid (see above). */
export function hiddenBlocks() {
  return (tree: Root, file: VFile) => {
    const before = file.data.textBeforeRaw;
    const raws = file.data.rawBeforeParse;
    if (!before?.length || !raws?.length) return;
    const source = String(file.value);
    const after = textsAfter(tree);
    // Kept where a text with words starts, or runs on over it (a stray end tag between merges
    // two); both lists are in the body's order, so one pass over each.
    let j = 0;
    const gone = before.map(({ offset, end }) => {
      while (j + 1 < after.length && after[j + 1]![0] <= offset) j += 1;
      const [start, reach, text] = after[j] ?? [Infinity, 0, ''];
      return !(start <= offset && reach >= end && /\S/.test(text));
    });
    let first = gone.indexOf(true);
    while (first !== -1) {
      let last = first;
      while (last + 1 < before.length && gone[last + 1]) last += 1;
      const text = before[first]!;
      const shown = before[last + 1];
      // The nearest raw HTML before the text that opens what hid it (`</math>` opens nothing).
      const hider = raws.filter((raw) => raw.offset < text.offset && opener(raw.value)).at(-1);
      const opened = hider && opener(hider.value);
      const told = hider && storyTexts(raws, hider, before.slice(first, last + 1));
      const closer = hider && opened && closerOf(raws, hider, opened, shown?.offset ?? Infinity);
      // After a `/>`, an end tag paragraphs later is another element's: those paragraphs are the story.
      const apart = closer !== undefined && /\n[ \t]*\n/.test(source.slice(hider!.offset, closer));
      if (
        hider &&
        opened &&
        told?.length &&
        (closer === undefined || (opened.selfClosed && apart))
      ) {
        (file.data.bodyNotes ??= []).push({
          kind: 'hidden',
          // The line of its start tag, in an HTML block of many lines (`<div>` then `<iframe>`).
          line: hider.line + hider.value.slice(0, opened.at).split('\n').length - 1,
          what: opened.what,
          from: told[0]!.line,
          ...(shown && { until: shown.line - 1 }),
          ...(opened.selfClosed && { selfClosed: true }),
          ...(opened.words && { words: opened.words }),
          // Up to an end tag the message names, or the words lost, quoted.
          ...(shown && closer === undefined && { lost: quoted(told[0]!.value, told.length > 1) }),
          seen: true,
        });
      }
      first = gone.indexOf(true, last + 1);
    }
  };
}
