/**
 * Front matter written back by the CMS as the file had it, but for what the form changed: a
 * desk's `# legal: cleared, do not cut` note, a field's place, `tags: [Local]` and its quotes as
 * written, `draft: false` and Windows line endings survive a save that changed the summary, so a
 * git diff shows the edit and nothing else. Without it, a save rewrote the whole front matter
 * from the form's data and dropped every comment in it.
 */
import {
  Document,
  type Node,
  type Pair,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/** How the CMS writes YAML: a long line is never folded, `[a, b]` keeps no padding. */
const WRITE = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Whether two values read from YAML are the same, whatever order a mapping's keys are in. */
function same(one: unknown, other: unknown): boolean {
  if (one === other) return true;
  if (Array.isArray(one) || Array.isArray(other)) {
    return (
      Array.isArray(one) &&
      Array.isArray(other) &&
      one.length === other.length &&
      one.every((item, at) => same(item, other[at]))
    );
  }
  if (!isRecord(one) || !isRecord(other)) return false;
  const keys = Object.keys(one);
  return (
    keys.length === Object.keys(other).length &&
    keys.every((key) => key in other && same(one[key], other[key]))
  );
}

/** Whether `value` is a mapping of names to values (not a list, not a scalar). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Whether a value is one the form cannot hold, and so leaves out of its data: `false`, blank,
 * an empty list or group. A file that writes one keeps it (`draft: false` stays).
 */
function unheld(value: unknown): boolean {
  if (value === false || value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.every(unheld);
  return isRecord(value) && Object.values(value).every(unheld);
}

/** A value as plain data. */
const plain = (node: unknown): unknown =>
  node && typeof node === 'object' && 'toJSON' in node ? (node as Node).toJSON() : node;

/** One change to the source text: `text` in place of `start`..`end`, in the order made. */
interface Edit {
  start: number;
  end: number;
  text: string;
  order: number;
}

/** The source text and the edits made to it. */
class Splice {
  readonly edits: Edit[] = [];
  constructor(readonly text: string) {}

  /** Where the line holding `at` starts. */
  lineStart(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  /** Where the line holding `at` ends, after its line break. */
  lineEnd(at: number): number {
    const next = this.text.indexOf('\n', at);
    return next === -1 ? this.text.length : next + 1;
  }

  /** The lines a node ends on, after its line break (what follows on its last line included). */
  endOf(node: Node): number {
    const end = node.range![1];
    return this.text[end - 1] === '\n' ? end : this.lineEnd(end);
  }

  /** Puts `text` in place of `start`..`end`. */
  put(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }

  /** The text with every edit made: the last made first where two are at one place. */
  result(): string {
    const edits = [...this.edits].sort((a, b) => b.start - a.start || b.order - a.order);
    let text = this.text;
    for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return text;
  }
}

/** Quotes and block scalars a string was written with, kept when it is rewritten. */
const KEPT_STYLES = new Set(['QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL']);

/** Gives `node` the style `was` was written in (flow, quotes, `>-`); whether its flow was padded. */
function restyle(node: unknown, was: Node | null, source: string): boolean {
  if (was && isCollection(was) && was.flow && isCollection(node)) {
    node.flow = true;
    return /^[[{][ \t]/.test(source.slice(was.range![0], was.range![1]));
  }
  if (isScalar(was) && isScalar(node) && typeof node.value === 'string') {
    if (KEPT_STYLES.has(was.type ?? '')) node.type = was.type;
  }
  return false;
}

/** `key: value` as lines at `indent`, written as `was` was: flow or block, its quotes. */
function pairText(key: Node, value: unknown, was: Node | null, indent: string, source: string) {
  const name = String(plain(key));
  const doc = new Document({ [name]: value });
  const pair = (doc.contents as YAMLMap).items[0]! as Pair<Node, Node | null>;
  const padded = restyle(pair.value, was, source);
  if (isScalar(key) && isScalar(pair.key) && KEPT_STYLES.has(key.type ?? '')) {
    pair.key.type = key.type;
  }
  return indented(doc.toString({ ...WRITE, flowCollectionPadding: padded }), indent);
}

/** A list entry's value as lines, the first after its dash, the rest at `indent`. */
function entryText(value: unknown, was: Node, indent: string, source: string): string {
  const doc = new Document(value);
  const padded = restyle(doc.contents, was, source);
  const text = doc.toString({ ...WRITE, flowCollectionPadding: padded });
  return text.replace(/\n(?=.)/g, `\n${indent}`);
}

/** `text`'s lines, each after `indent`. */
function indented(text: string, indent: string): string {
  return text.replace(/^(?=.)/gm, indent);
}

/** `written` (one line and its break) with `note` put back at its end. */
function withNote(written: string, note: string): string {
  return note && written.indexOf('\n') === written.length - 1
    ? `${written.slice(0, -1)}${note}\n`
    : written;
}

/** The note after a scalar or flow value on its line (` # agreed with the editor`), or ''. */
function noteOf(splice: Splice, node: Node | null): string {
  if (!(isScalar(node) || (isCollection(node) && node.flow))) return '';
  const end = node.range![1];
  const rest = splice.text.slice(end, splice.lineEnd(end)).replace(/\n$/, '');
  const space = /^[ \t]*/.exec(rest)![0];
  if (rest[space.length] !== '#') return '';
  // A `#` is a note only after a space (an empty value ends at its note).
  if (!space && !/[ \t]/.test(splice.text[end - 1] ?? '')) return '';
  return space ? rest : ` ${rest}`;
}

/** Writes into `map` (indented by `indent`) the edits that make it hold `fields`. */
function editMap(splice: Splice, map: YAMLMap, fields: Record<string, unknown>, indent: string) {
  const { text } = splice;
  const pairs = map.items as Pair<Node, Node | null>[];
  const names = new Set<string>();
  let end = 0;
  for (const pair of pairs) {
    const name = String(plain(pair.key));
    names.add(name);
    const last = pair.value ?? pair.key;
    // A list entry's first field is on its dash's line: only the field is rewritten.
    const lineStart = splice.lineStart(pair.key.range![0]);
    const onDash = !/^[ \t]*$/.test(text.slice(lineStart, pair.key.range![0]));
    const start = onDash ? pair.key.range![0] : lineStart;
    const stop = splice.endOf(last);
    end = Math.max(end, stop);
    const was = plain(pair.value);
    if (!(name in fields)) {
      if (!unheld(was)) splice.put(start, stop, '');
      continue;
    }
    const value = fields[name];
    if (same(was, value)) continue;
    const node = pair.value;
    if (isMap(node) && !node.flow && isRecord(value) && node.items.length > 0) {
      const first = (node.items[0] as Pair<Node>).key;
      const inner = text.slice(splice.lineStart(first.range![0]), first.range![0]);
      if (/^[ \t]*$/.test(inner)) {
        editMap(splice, node, value, inner);
        continue;
      }
    }
    if (isSeq(node) && !node.flow && Array.isArray(value) && Array.isArray(was)) {
      if (editSeq(splice, node, was, value)) continue;
    }
    const written = withNote(pairText(pair.key, value, node, indent, text), noteOf(splice, node));
    splice.put(start, stop, onDash ? written.slice(indent.length) : written);
  }
  const added = Object.entries(fields).filter(([name]) => !names.has(name));
  if (added.length) {
    splice.put(end, end, indented(stringify(Object.fromEntries(added), WRITE), indent));
  }
}

/**
 * Writes into the block list `seq` the edits that make it hold `value` entry by entry: a changed
 * entry in place, a removed one's lines gone, new ones at the end; the others stay as written,
 * notes and all. False where the change is not one of these (the whole list is rewritten).
 */
function editSeq(splice: Splice, seq: YAMLSeq, was: unknown[], value: unknown[]): boolean {
  const { text } = splice;
  const items = seq.items as Node[];
  const dashed = items.every(
    (item) =>
      item && /^[ \t]*-[ \t]+$/.test(text.slice(splice.lineStart(item.range![0]), item.range![0])),
  );
  if (!dashed || items.length !== was.length) return false;
  if (value.length === was.length) {
    value.forEach((entry, at) => {
      if (!same(was[at], entry)) editEntry(splice, items[at]!, entry);
    });
    return true;
  }
  if (value.length > was.length) {
    if (!same(was, value.slice(0, was.length))) return false;
    const dash = text.slice(splice.lineStart(seq.range![0]), seq.range![0]);
    const end = splice.endOf(items.at(-1)!);
    splice.put(end, end, indented(stringify(value.slice(was.length), WRITE), dash));
    return true;
  }
  // Entries taken out: each of the others in order, the first that matches.
  const kept: number[] = [];
  for (let at = 0; at < was.length && kept.length < value.length; at += 1) {
    if (same(was[at], value[kept.length])) kept.push(at);
  }
  if (kept.length !== value.length) return false;
  items.forEach((item, at) => {
    if (!kept.includes(at)) splice.put(splice.lineStart(item.range![0]), splice.endOf(item), '');
  });
  return true;
}

/** Writes the list entry `node` as `value`: a group field by field, anything else whole. */
function editEntry(splice: Splice, node: Node, value: unknown): void {
  const start = node.range![0];
  const indent = ' '.repeat(start - splice.lineStart(start));
  if (isMap(node) && !node.flow && isRecord(value) && node.items.length > 0) {
    const first = String(plain((node.items[0] as Pair<Node>).key));
    if (first in value) {
      editMap(splice, node, value, indent);
      return;
    }
  }
  const written = withNote(entryText(value, node, indent, splice.text), noteOf(splice, node));
  splice.put(start, splice.endOf(node), written);
}

/**
 * The YAML of `fields`, written over `source` (the front matter the file held, or undefined for
 * a new file): unchanged fields as they were written, changed ones in place, new ones after,
 * in the source's line endings, after its byte order mark if it had one.
 */
export function keptYaml(source: string | undefined, fields: Record<string, unknown>): string {
  const fresh = () => (Object.keys(fields).length === 0 ? '' : stringify(fields, WRITE));
  if (source === undefined) return fresh();
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const doc = parseDocument(text, { schema: 'core' });
  let written: string;
  if (
    doc.errors.length ||
    !isMap(doc.contents) ||
    doc.contents.flow ||
    !doc.contents.items.length
  ) {
    written = fresh();
  } else {
    const splice = new Splice(text.endsWith('\n') ? text : `${text}\n`);
    editMap(splice, doc.contents, fields, '');
    written = splice.result();
    if (!Object.keys(fields).length && !written.trim()) written = '';
  }
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  return bom + written.replace(/\n/g, eol);
}
