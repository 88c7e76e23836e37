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
import { didYouMean } from '../lib/suggest.ts';
import {
  EQUALS_FIELD,
  type Explained,
  type YamlError,
  equalsMessage,
  explain,
  quoted,
} from './yamlErrors.ts';

/** Front matter read from one file: its fields, where each sits, and what was wrong. */
export interface FrontmatterRead {
  /** The fields as plain data; `undefined` when the block could not be read. */
  data: Record<string, unknown> | undefined;
  /** The 1-based file line of a field (`['image', 'alt']`), or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  problems: Problem[];
  /** Fields on lines YAML could not read (`title`, `image.alt`), left out of `data`: their other checks are moot. */
  unreadable: ReadonlySet<string>;
  /**
   * The comment YAML cut from the end of a field's unquoted value (`title: Storm # and flood`
   * reads as `Storm`), by field name: text an editor most likely meant as part of the value.
   */
  comments: ReadonlyMap<string, string>;
}

/**
 * Whether a schema problem at `path` repeats one told already: the field sat on a line YAML could
 * not read, or it is missing and a misspelt key beside it was meant to be it (`Title:`, told as
 * "did you mean title?", or `headline:`, another tool's name for it), where "title: is
 * required" would only say it again.
 */
export function toldAlready(
  path: readonly PropertyKey[],
  read: Pick<FrontmatterRead, 'data' | 'unreadable'>,
  otherNames: Readonly<Record<string, string>> = {},
): boolean {
  // `image.alt` on an unreadable line: `image.alt` is told, and so is everything under it.
  for (let depth = 1; depth <= path.length; depth += 1) {
    if (read.unreadable.has(path.slice(0, depth).join('.'))) return true;
  }
  if (valueAt(read.data, path) !== undefined) return false;
  const parent = valueAt(read.data, path.slice(0, -1));
  const name = String(path.at(-1));
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return false;
  return Object.keys(parent).some(
    (key) =>
      key !== name &&
      (didYouMean(key, [name]) === name || (path.length === 1 && otherNames[key] === name)),
  );
}

/** The value at `path` in plain data (`['image', 'alt']`), or undefined where there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
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
    const opening = text.split('\n').findIndex((line) => line.trim() !== '');
    if (opening > 0 && FENCE.test(text.split('\n')[opening]!)) {
      return unread(
        problem(
          `is not opened: the --- on line ${opening + 1} must be the file's first line (delete the empty lines above it)`,
        ),
      );
    }
    const first = text.split('\n', 1)[0]!.trimEnd();
    if (/^\s*(?:-{1,}|[–—]{1,3})$/.test(first)) {
      return unread(
        problem(
          `is not opened: line 1 reads "${first}", where the first line is three hyphens alone at the start of the line (write --- there)`,
        ),
      );
    }
    // Hugo's TOML front matter, from a site moved here.
    if (/^\+{3}\s*$/.test(first)) {
      const field = text
        .split('\n')
        .map((line) => EQUALS_FIELD.exec(line))
        .find((match) => match !== null);
      const [name, value] = field ? [field[1], field[2]] : ['title', '"Storm"'];
      const example = `${name} = ${value} becomes ${name}: ${value}`;
      return unread(
        problem(
          `is written in TOML between +++ lines, as Hugo writes it; Dateline reads YAML between --- lines (change both +++ lines to ---, and write each field as name: value: ${example})`,
        ),
      );
    }
    // `notes.md` kept beside the stories: every .md file in a content folder is read as one.
    // By hand, not node:path: the CMS's page in the browser reads front matter with this module.
    const notes = `${file.split(/[\\/]/).pop()!.replace(/\.md$/i, '')}.txt`;
    return unread(
      problem(
        `is missing (start the file with a --- line, then title: and date: lines, then ---; a file that is not a story, rename it ${notes}: only .md files are read)`,
      ),
    );
  }
  if (split.kind === 'unclosed') {
    // `--`, `----`, an en or em dash from a word processor, ` ---`, or `...` made `…` by
    // autocorrect: meant as the closing line.
    const lines = text.split('\n');
    const near = lines.findIndex(
      (line, i) => i > 0 && /^(?:\s*(?:-{1,2}|-{4,}|[–—]{1,3}|…)|\s+(?:---|\.\.\.))\s*$/.test(line),
    );
    if (near !== -1) {
      return unread({
        ...problem(
          `is not closed: line ${near + 1} reads "${lines[near]!.trimEnd()}", where the closing line is three hyphens alone at the start of the line (write --- there)`,
        ),
        line: near + 1,
      });
    }
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
  return {
    data: undefined,
    lineOf: () => 1,
    problems: [problem],
    unreadable: new Set(),
    comments: new Map(),
  };
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
      // TOML's `title = "x"`, one line or several, reads to YAML as one long text.
      const equals = yaml.split('\n').flatMap((line, i) => {
        const [, name, value] = EQUALS_FIELD.exec(line) ?? [];
        if (name === undefined || value === undefined) return [];
        return [{ ...problem(equalsMessage(name, value), i + place.firstLine), field: name }];
      });
      if (equals.length === 0) return unread(problem(place.notFields));
      return { ...unread(equals[0]!), problems: equals };
    }
    const slips = silentSlips(parsed.doc, yaml, parsed.fileLine);
    return {
      data: (data ?? {}) as Record<string, unknown>,
      lineOf: (path) => lineOfPath(parsed.doc, path, parsed.fileLine),
      problems: slips.map(({ line, field, message, severity }) => ({
        ...problem(message, line),
        field,
        severity: severity ?? 'error',
      })),
      // Told on their lines: the schema's word on what YAML made of them would only repeat it.
      unreadable: unreadSlips(slips),
      comments: trailingComments(parsed.doc),
    };
  }
  const { problems: told, joined, ...recovered } = recover(yaml.split('\n'), parsed.errors, offset);
  const problems = told.map(({ line, field, message }): Problem => ({
    ...problem(message, line + offset),
    field: field ?? place.whole,
  }));
  const toldLines = new Set(told.map(({ line }) => line + offset));
  for (const { line, field, message, severity } of joined) {
    if (toldLines.has(line)) continue;
    problems.push({ ...problem(message, line), field, severity: severity ?? 'error' });
  }
  return { ...recovered, problems };
}

/** One YAML parse: the document, its errors, and a map from offsets to file lines. */
function parseYaml(yaml: string, offset: number) {
  // YAML 1.2 core schema: dates stay strings, `yes` stays a string (not true).
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, {
    schema: 'core',
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
  });
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
 * The mistakes in YAML that does not parse, first to last, and the fields it can still read
 * once the lines it choked on are left out (`unreadable` names those). The first mistake in the
 * file is told, its lines left out and the rest read again: what YAML says after a mistake is
 * often only YAML losing its place (a `]` too many makes every line below "unexpected").
 */
function recover(
  lines: readonly string[],
  errors: readonly YamlError[],
  offset: number,
): Omit<FrontmatterRead, 'problems'> & { problems: Explained[]; joined: Slip[] } {
  const skipped = new Set<number>();
  const problems: Explained[] = [];
  const told = (explained: Explained) => {
    // One line for each line to fix, however many errors YAML gives for it.
    if (!problems.some(({ line }) => line === explained.line)) problems.push(explained);
  };
  let pending = errors;
  let kept = lines.join('\n');
  for (let round = 0; round < 50 && pending.length > 0; round++) {
    const view = kept.split('\n');
    const explained = pending.map((error) => explain(error, view, offset));
    const first = explained.reduce((a, b) => (b.line < a.line ? b : a));
    // An alias of an anchor on a line left out is that line's mistake, told already.
    if (round === 0 || !/names an anchor/.test(first.message)) told(first);
    const fresh = first.skip.filter((n) => !skipped.has(n));
    if (fresh.length === 0) {
      // Nothing left to leave out: what remains is told as YAML gave it.
      explained.forEach(told);
      break;
    }
    for (const n of fresh) skipped.add(n);
    kept = lines.map((line, i) => (skipped.has(i + 1) ? '' : line)).join('\n');
    const parsed = parseYaml(kept, offset);
    pending = parsed.errors;
    if (pending.length > 0) continue;
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) break;
    const joined = silentSlips(parsed.doc, kept, parsed.fileLine);
    const unreadable = new Set([
      ...[...skipped].map((n) => pathOfLine(lines, n - 1)),
      ...unreadSlips(joined),
    ]);
    return {
      data: data as Record<string, unknown>,
      lineOf: (path) => lineOfPath(parsed.doc, path, parsed.fileLine),
      unreadable,
      comments: trailingComments(parsed.doc),
      problems: problems.sort((a, b) => a.line - b.line),
      joined,
    };
  }
  return {
    data: undefined,
    lineOf: () => 1,
    unreadable: new Set(),
    comments: new Map(),
    problems: problems.sort((a, b) => a.line - b.line),
    joined: [],
  };
}

/**
 * The dotted path of the field on line `index` (`image.alt` for an indented `alt:` under
 * `image:`), by the less-indented field lines above it; `title` for `title = x` as well.
 */
function pathOfLine(lines: readonly string[], index: number): string {
  // `date： x` (a full-width colon) too: told as the field's line, not as a missing field.
  const named = (line: string) => /^(\s*)([A-Za-z_][\w-]*)\s*[:=\uff1a\ufe55\ufe13]/.exec(line);
  const own = named(lines[index] ?? '');
  if (!own) return '';
  const path = [own[2]!];
  let indent = own[1]!.length;
  for (let i = index - 1; i >= 0 && indent > 0; i -= 1) {
    const above = named(lines[i]!);
    if (above && above[1]!.length < indent) {
      // `   date:` under `title: Storm` is no field of title's: title holds text, not fields.
      if (/[:=][ \t]*[^\s#]/.test(lines[i]!.slice(above[0].length - 1))) break;
      path.unshift(above[2]!);
      indent = above[1]!.length;
    }
  }
  return path.join('.');
}

/** A line YAML read without an error but not as meant: its file line, its field, what to say. */
interface Slip {
  line: number;
  field: string;
  message: string;
  /** A warning where what YAML read may well be what was meant (a summary wrapped before "- "). */
  severity?: 'warning';
}

/** The fields of slips told as errors: the schema's checks of what YAML made of them are moot. */
function unreadSlips(slips: readonly Slip[]): Set<string> {
  return new Set(slips.filter((slip) => slip.severity === undefined).map(({ field }) => field));
}

/**
 * What YAML reads without an error but not as an editor meant: a value starting with `!`, read
 * as a type tag and dropped (`title: !Important notice` is "notice"), and a list entry indented
 * deeper than the one above it, read as more words of it (one tag, "Floods - Weather").
 */
function silentSlips(doc: Document, source: string, fileLine: (offset: number) => number): Slip[] {
  const joined: Slip[] = [];
  const lines = source.split('\n');
  // A word YAML takes for markup and drops: `!Important` (a type tag), `&Co` (an anchor).
  const dropped = (at: number, mark: string, what: string) => {
    const line = fileLine(at);
    const text = lines[line - fileLine(0)] ?? '';
    const field = pathOfLine(lines, line - fileLine(0)) || 'front matter';
    const value = /:[ \t]+(.*\S)/.exec(text)?.[1] ?? '';
    const hint = value.startsWith(mark)
      ? `put the value in quotes: ${field.split('.').at(-1)}: ${quoted(value)}`
      : `put the words that start with ${mark} in quotes`;
    joined.push({
      line,
      field,
      message: `has "${mark}", which YAML reads as ${what} and drops (${hint})`,
    });
  };
  for (const warning of doc.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    dropped(warning.pos[0], /!\S*/.exec(source.slice(warning.pos[0]))?.[0] ?? '!', 'a type tag');
  }
  visit(doc, (_key, node) => {
    const anchor = (node as { anchor?: string } | null)?.anchor;
    const range = (node as { range?: [number, ...number[]] } | null)?.range;
    // On a list or a group the label takes no words; on text it takes the first.
    if (!anchor || !range || !isScalar(node)) return;
    // The anchor is written before the node's own range, on its line or the line above.
    const before = source.lastIndexOf(`&${anchor}`, range[0]);
    const at = before === -1 ? range[0] : before;
    dropped(at, `&${anchor}`, 'a label for the value (an anchor)');
  });
  // `summary: The storm` then `#1 priority …` at the start of the next line: a note to YAML.
  lines.forEach((text, i) => {
    if (i === 0 || !/^#\S/.test(text) || /^#\s*[A-Za-z_][\w-]*\s*:/.test(text)) return;
    const above = /^([A-Za-z_][\w-]*):[ \t]+([^"'[{|>&!*#\s].*\s.*\S)[ \t]*$/.exec(lines[i - 1]!);
    if (!above) return;
    const [, field, value] = above as unknown as [string, string, string];
    const line = i + fileLine(0);
    const message = `has line ${line} starting with "#", which YAML reads as a note and leaves out (if it goes on with ${field}:, put the whole value on one line, in quotes: ${field}: ${quoted(`${value} ${text}`)})`;
    joined.push({ line, field, message, severity: 'warning' });
  });
  visit(doc, {
    Scalar(_key, node, path) {
      // `draft: >-` and `true` on the line below: the block makes it text, never true or false.
      const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
      const word = typeof node.value === 'string' ? node.value.trim() : '';
      if (block && /^(?:true|false)$/.test(word) && node.range) {
        const line = fileLine(node.range[0]);
        const field = pathOfLine(lines, line - fileLine(0)) || 'front matter';
        const name = field.split('.').at(-1);
        const mark = /[|>][-+]?/.exec(lines[line - fileLine(0)] ?? '')?.[0] ?? '|';
        const message = `is written as a block of lines ("${mark}"), which YAML reads as text, not ${word} (write ${name}: ${word} on one line)`;
        joined.push({ line, field, message });
        return;
      }
      if (node.type === 'QUOTE_DOUBLE' && node.range) {
        const escape = controlEscape(source.slice(node.range[0], node.range[1]));
        const space = escape ? undefined : spaceEscape(source.slice(node.range[0], node.range[1]));
        if (space !== undefined) {
          // `"snake\_case"`: markdown's escape of an underscore, which YAML makes a space.
          const line = fileLine(node.range[0] + space);
          const field = pathOfLine(lines, fileLine(node.range[0]) - fileLine(0)) || 'front matter';
          const message = `has "\\_" in double quotes, which YAML reads as a non-breaking space, not as an underscore (for an underscore, write _ alone: no backslash is needed in front matter)`;
          joined.push({ line, field, message, severity: 'warning' });
          return;
        }
        if (!escape) return;
        const line = fileLine(node.range[0] + escape.index);
        // Named by the field the value starts on, where the escape is on a line of its own.
        const field = pathOfLine(lines, fileLine(node.range[0]) - fileLine(0)) || 'front matter';
        const written = source.slice(node.range[0], node.range[1]);
        // A value over several lines is shown by its escape alone: a fix is one line.
        const shown = written.includes('\n') ? `"…${escape.written}…"` : written;
        const doubled = shown.replace(CONTROL_ESCAPE, (all, kept: string | undefined) =>
          kept === undefined ? all : `\\${all}`,
        );
        const message = `has "${escape.written}" in double quotes, which YAML reads as ${escape.meaning}, not as a \\ and "${escape.written.slice(1)}" (to print a backslash, write it twice: ${doubled}; or put the value in single quotes, where \\ is printed as typed)`;
        joined.push({ line, field, message });
        return;
      }
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const text = source.slice(node.range[0], node.range[1]);
      const at = /\n[ \t]*- /.exec(text);
      if (!at) return;
      const owner = path.find((step) => isPair(step) && isScalar(step.key));
      const field =
        owner && isPair(owner) && isScalar(owner.key) ? String(owner.key.value) : 'list';
      const line = fileLine(node.range[0] + at.index + 1);
      if (isSeq(path.at(-1))) {
        const message = `has a list entry (line ${line}) indented deeper than the one above it, so YAML reads both as one entry, "${node.value}" (indent every - line of a list by the same spaces)`;
        joined.push({ line, field, message });
      } else {
        const message = `goes on to line ${line}, which starts with "- ", so YAML reads it as more words of one value, "${node.value}" (for a list, put nothing after ${field}: and each entry on a line below it)`;
        joined.push({ line, field, message, severity: 'warning' });
      }
    },
  });
  return joined;
}

/**
 * YAML's escapes in double quotes, each a pair: `\\` (a backslash, the first group undefined) or
 * one that makes a character no one types in a headline: a line break, a tab, a control code.
 */
const CONTROL_ESCAPE =
  /\\\\|\\([0abtnvfreNLP]|x[01][\da-fA-F]|x7[fF]|u00[01][\da-fA-F]|u007[fF]|u0085|u202[89])/g;

/** What each control escape makes, for messages. */
const ESCAPE_MEANINGS: Readonly<Record<string, string>> = {
  n: 'a line break',
  r: 'a line break (a carriage return)',
  t: 'a tab',
  L: 'a line break',
  P: 'a paragraph break',
  N: 'a line break',
};

/** Where `\_` is first written in a double-quoted value's source (not `\\_`), or undefined. */
function spaceEscape(written: string): number | undefined {
  for (const match of written.matchAll(/\\[\\_]/g)) if (match[0] === '\\_') return match.index;
  return undefined;
}

/**
 * `title: "Rock\roll hall reopens"`: the first escape in a double-quoted value's source that YAML
 * turns into a control character or a break, where the editor typed a backslash and a letter.
 */
function controlEscape(written: string) {
  for (const match of written.matchAll(CONTROL_ESCAPE)) {
    const code = match[1];
    if (code === undefined) continue;
    // `\x0a` and `\u2028` by the character they make, as `\n` and `\L` are.
    const made = /^[xu]/.test(code) ? String.fromCharCode(parseInt(code.slice(1), 16)) : undefined;
    const byCode: Record<string, string> = { '\n': 'n', '\r': 'r', '\t': 't', '\u0085': 'N' };
    Object.assign(byCode, { '\u2028': 'L', '\u2029': 'P' });
    const meaning =
      ESCAPE_MEANINGS[made === undefined ? code : (byCode[made] ?? '')] ??
      'an invisible control character';
    return { index: match.index, written: match[0], meaning };
  }
  return undefined;
}

/** The comments that end top-level fields' unquoted text values, by field name. */
function trailingComments(doc: Document): Map<string, string> {
  const comments = new Map<string, string>();
  if (!isMap(doc.contents)) return comments;
  for (const pair of doc.contents.items) {
    const { key, value } = pair;
    if (!isScalar(key) || !isScalar(value) || value.type !== 'PLAIN' || !value.comment) continue;
    if (typeof value.value === 'string') comments.set(String(key.value), value.comment);
  }
  return comments;
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
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
    );
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    line = fileLine(pair.key.range[0]);
    node = pair.value;
  }
  return line;
}
