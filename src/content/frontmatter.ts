import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import type { Problem } from '../lib/problems.ts';

/** Front matter read from one file: its fields, where each sits, and what was wrong. */
export interface FrontmatterRead {
  /** The fields as plain data; `undefined` when the block could not be read. */
  data: Record<string, unknown> | undefined;
  /** The 1-based file line of a field (`['image', 'alt']`), or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  problems: Problem[];
  /** Fields on lines YAML could not read, left out of `data`: their other checks are moot. */
  unreadable: ReadonlySet<string>;
}

const FENCE = /^---[ \t]*$/;
/** YAML ends a document with `---` or its end marker `...`; both close the front matter. */
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** A file cut at its front-matter fences: the one reading of the fences that every step uses. */
export type FrontmatterSplit =
  | { kind: 'missing' }
  | { kind: 'unclosed' }
  | {
      kind: 'found';
      /** The YAML between the fences. */
      yaml: string;
      /** Everything after the closing fence line: the markdown body. */
      body: string;
      /** The 1-based file line the body starts on. */
      bodyLine: number;
    };

/** Cuts `text` (LF-only) at an opening `---` line and the next `---` or `...` line. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const firstEnd = text.indexOf('\n');
  if (!FENCE.test(firstEnd === -1 ? text : text.slice(0, firstEnd))) return { kind: 'missing' };
  if (firstEnd === -1) return { kind: 'unclosed' };
  let start = firstEnd + 1;
  let line = 2;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const current = end === -1 ? text.slice(start) : text.slice(start, end);
    if (CLOSING_FENCE.test(current)) {
      const body = end === -1 ? '' : text.slice(end + 1);
      return { kind: 'found', yaml: text.slice(firstEnd + 1, start - 1), body, bodyLine: line + 1 };
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return { kind: 'unclosed' };
}

/** The markdown after the front matter (all of `text` when it has none). */
export function bodyOf(text: string): string {
  const split = splitFrontmatter(text);
  return split.kind === 'found' ? split.body : text;
}

/** Reads the YAML 1.2 block between the opening and closing `---` lines of `text` (LF-only). */
export function readFrontmatter(text: string, file: string): FrontmatterRead {
  const problem = (message: string): Problem => ({
    file,
    line: 1,
    field: 'front matter',
    message,
    severity: 'error',
  });
  const split = splitFrontmatter(text);
  if (split.kind === 'missing') {
    return unread(
      problem('is missing (start the file with a --- line, then title: and date: lines, then ---)'),
    );
  }
  if (split.kind === 'unclosed') {
    return unread(problem('is not closed (add a --- line after the last field)'));
  }
  // The YAML starts on the file's second line, after the opening fence.
  return readYamlFields(split.yaml, file, {
    firstLine: 2,
    whole: 'front matter',
    notFields: 'expected fields such as title: and date:, one a line',
  });
}

/** A read that found no fields, only `problem`. */
function unread(problem: Problem): FrontmatterRead {
  return { data: undefined, lineOf: () => 1, problems: [problem], unreadable: new Set() };
}

/** How a block of YAML sits in its file, and how to name it in messages. */
export interface YamlPlace {
  /** The 1-based file line of the YAML's first line. */
  firstLine: number;
  /** The name of the whole block in messages (`front matter`, `settings`). */
  whole: string;
  /** What to say when the YAML is not a group of fields. */
  notFields: string;
}

/**
 * Reads YAML 1.2 that should hold fields (`name: value`, one a line): the front matter, or a
 * data file such as the site's settings. Every problem names its file line and, where the line
 * has one, its field; fields YAML can still read around a broken line are kept.
 */
export function readYamlFields(yaml: string, file: string, place: YamlPlace): FrontmatterRead {
  const problem = (message: string, line = 1): Problem => ({
    file,
    line,
    field: place.whole,
    message,
    severity: 'error',
  });
  const offset = place.firstLine - 1;
  const parsed = parseYaml(yaml, offset);
  if (parsed.errors.length === 0) {
    const data = parsed.data;
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      return unread(problem(place.notFields));
    }
    return {
      data: (data ?? {}) as Record<string, unknown>,
      lineOf: (path) => lineOfPath(parsed.doc, path, parsed.fileLine),
      problems: [],
      unreadable: new Set(),
    };
  }
  const yamlLines = yaml.split('\n');
  const problems = parsed.errors.map((error) => {
    const [pos] = error.linePos ?? [];
    const opened = pos && unclosedOpener(error.message, yamlLines, pos.line - 1);
    if (opened) {
      const { index, field, what, opener, closer } = opened;
      const message = `opens ${what} (${opener}) that is never closed, so YAML reads the lines below it into this value (end it with ${closer})`;
      return { ...problem(message, index + 1 + offset), field };
    }
    const at = pos ? ` at column ${pos.col}` : '';
    const firstLine = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const line = pos ? (yamlLines[pos.line - 1] ?? '') : '';
    const hint = pos ? yamlHint(line) : DEFAULT_YAML_HINT;
    return {
      ...problem(`is not valid YAML${at}: ${firstLine} (${hint})`, pos ? pos.line + offset : 1),
      // Named by the field on that line, where there is one.
      field: /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1] ?? place.whole,
    };
  });
  return { ...recover(yamlLines, parsed.errors, offset), problems };
}

const DEFAULT_YAML_HINT = 'write one field a line, as name: value';

/** What YAML says when a value's opener is never closed, and what that opener is. */
const UNCLOSED: readonly { pattern: RegExp; what: string; opener: string; closer: string }[] = [
  { pattern: /^Missing closing "quote/, what: 'a quote', opener: '"', closer: '"' },
  { pattern: /^Missing closing 'quote/, what: 'a quote', opener: "'", closer: "'" },
  { pattern: /^Flow sequence .* end with a \]/, what: 'a list', opener: '[', closer: ']' },
  { pattern: /^Flow map .* end with a \}/, what: 'a group', opener: '{', closer: '}' },
];

/**
 * The field whose value opens the quote, list or group YAML found unclosed: YAML reports it
 * where the text ends, lines below the field that opened it, the nearest above that starts so.
 */
function unclosedOpener(
  message: string,
  lines: readonly string[],
  errorIndex: number,
): { index: number; field: string; what: string; opener: string; closer: string } | undefined {
  const kind = UNCLOSED.find(({ pattern }) => pattern.test(message));
  if (!kind) return undefined;
  for (let index = Math.min(errorIndex, lines.length - 1); index >= 0; index -= 1) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(\S)/.exec(lines[index]!);
    if (field?.[2] === kind.opener) return { index, field: field[1]!, ...kind };
  }
  return undefined;
}

/** What to do about a line YAML could not read: quotes, when its value holds `: ` or ` #`. */
function yamlHint(line: string): string {
  const field = /^([A-Za-z_][\w-]*):[ \t]+(.*\S)[ \t]*$/.exec(line);
  if (!field || !/: |\s#|^[[{&*!|>%@`]/.test(field[2]!) || /^["']/.test(field[2]!)) {
    return DEFAULT_YAML_HINT;
  }
  const value = field[2]!;
  const quoted = value.includes("'") ? JSON.stringify(value) : `'${value}'`;
  return `put the value in quotes: ${field[1]}: ${quoted}`;
}

/** One YAML parse: the document, its errors, and a map from offsets to file lines. */
function parseYaml(yaml: string, offset: number) {
  // YAML 1.2 core schema: dates stay strings, `yes` stays a string (not true).
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: true });
  // `offset` lines of the file come before the YAML (the opening fence of front matter).
  const fileLine = (at: number) => lineCounter.linePos(at).line + offset;
  if (doc.errors.length > 0) return { doc, errors: doc.errors, data: undefined, fileLine };
  try {
    return { doc, errors: [], data: doc.toJS({ maxAliasCount: 100 }) as unknown, fileLine };
  } catch (error) {
    // Aliases fail only here: `*name` with no `&name` before it, or a billion-laughs fan-out.
    return { doc, errors: [aliasError(doc, lineCounter, error)], data: undefined, fileLine };
  }
}

/** A YAML error for the alias `toJS` refused, placed on the alias that caused it. */
function aliasError(doc: Document, lineCounter: LineCounter, error: unknown) {
  let offset = 0;
  let unresolved = false;
  visit(doc, {
    Alias(_key, node) {
      const start = node.range?.[0] ?? 0;
      if (!unresolved && node.resolve(doc) === undefined) {
        [offset, unresolved] = [start, true];
        return visit.BREAK;
      }
      if (offset === 0) offset = start;
      return undefined;
    },
  });
  const message = unresolved
    ? 'a value starting with * names an anchor (&name) that is not set before it'
    : error instanceof Error
      ? error.message
      : String(error);
  return { message, linePos: [lineCounter.linePos(offset)] as [{ line: number; col: number }] };
}

/**
 * The fields YAML can still read once the lines it choked on are left out, so one broken field
 * does not hide the file's other problems; `unreadable` names the fields that were left out.
 */
function recover(
  lines: readonly string[],
  errors: readonly { linePos?: [{ line: number }, ...unknown[]] | undefined }[],
  offset: number,
): Omit<FrontmatterRead, 'problems'> {
  const skipped = new Set<number>();
  let pending = errors;
  for (let attempt = 0; attempt < 5; attempt++) {
    const lines0 = pending.map((error) => error.linePos?.[0].line).filter((n) => n !== undefined);
    if (lines0.length === 0 || lines0.every((n) => skipped.has(n))) break;
    for (const n of lines0) skipped.add(n);
    const parsed = parseYaml(
      lines.map((line, i) => (skipped.has(i + 1) ? '' : line)).join('\n'),
      offset,
    );
    if (parsed.errors.length > 0) {
      pending = parsed.errors;
      continue;
    }
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) break;
    const unreadable = new Set(
      [...skipped].map((n) => /^([A-Za-z_][\w-]*)\s*:/.exec(lines[n - 1] ?? '')?.[1] ?? ''),
    );
    return {
      data: data as Record<string, unknown>,
      lineOf: (path) => lineOfPath(parsed.doc, path, parsed.fileLine),
      unreadable,
    };
  }
  return { data: undefined, lineOf: () => 1, unreadable: new Set() };
}

/** The file line of the deepest key along `path` that exists (the first line when none does). */
function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  fileLine: (offset: number) => number,
): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    // A list entry (`corrections.0.date`) is found by its index, on the line it starts.
    if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      const range = (item as { range?: [number, ...number[]] } | null)?.range;
      if (!range) break;
      line = fileLine(range[0]);
      node = item;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    line = fileLine(pair.key.range[0]);
    node = pair.value;
  }
  return line;
}
