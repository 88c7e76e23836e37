/**
 * A YAML mistake said in an editor's words: the line to fix, its field, and what to write there
 * (quotes around a value with a colon, a list closed, `title = "x"` written as `title: x`).
 */
/** A YAML error as the parser gives it: a code, a message, and where it was found. */
export interface YamlError {
  code?: string;
  message: string;
  linePos?: [{ line: number; col: number }, ...unknown[]] | undefined;
}

/** What went wrong, said for an editor: the 1-based YAML line to name, its field, the lines unread. */
export interface Explained {
  line: number;
  field: string | undefined;
  message: string;
  /** The 1-based YAML lines to leave out to read the fields around the mistake. */
  skip: number[];
}

/** The field named by a line that starts `name:` (after any indent). */
const FIELD_LINE = /^\s*([A-Za-z_][\w-]*)\s*:(?:\s|$)/;

/** Turns one YAML error into the line, field and words an editor can act on. */
export function explain(error: YamlError, yamlLines: readonly string[], offset: number): Explained {
  const [pos] = error.linePos ?? [];
  if (!pos) {
    const message = `is not valid YAML: ${firstLineOf(error.message)} (${DEFAULT_YAML_HINT})`;
    return { line: 1, field: undefined, message, skip: [] };
  }
  const slip = quoteInList(error.message, yamlLines, pos.line - 1);
  if (slip) {
    const { index, field, mark, list } = slip;
    const message = `has a quote (${mark}) in its list that is not closed before the list's "]", so YAML reads past the end of the list (close it: ${field}: ${list})`;
    return { line: index + 1, field, message, skip: [index + 1] };
  }
  const opened = unclosedOpener(error.message, yamlLines, pos.line - 1);
  if (opened) {
    const { index, field, what, opener, closer } = opened;
    const text = yamlLines[index]!;
    // `tags: [Floods #1, Weather]`: YAML reads " #" on as a note, and the `]` with it.
    if (opener === '[' && /\s#/.test(text)) {
      const entries = text.slice(text.indexOf('[') + 1, text.lastIndexOf(']')).split(',');
      const fixed = entries.map((entry) =>
        /#/.test(entry) ? JSON.stringify(entry.trim()) : entry.trim(),
      );
      const message = `has " #" in its list, which YAML reads as the start of a note, so the list is never closed (put that entry in quotes: ${field}: [${fixed.join(', ')}])`;
      return { line: index + 1, field, message, skip: [index + 1] };
    }
    // A quoted value wrapped onto a line at the start of the line, closed there.
    const closing = yamlLines.findIndex((more, i) => i > index && more.trimEnd().endsWith(closer));
    if (
      opener !== '[' &&
      opener !== '{' &&
      closing !== -1 &&
      /^\S/.test(yamlLines[index + 1] ?? '')
    ) {
      const n = index + 2 + offset;
      const message = `goes on to line ${n}, which starts at the beginning of the line, so YAML cannot find where the quote ends (indent line ${n} by two spaces, or write the whole value on one line)`;
      return {
        line: index + 1,
        field,
        message,
        skip: Array.from({ length: closing - index + 1 }, (_, i) => index + 1 + i),
      };
    }
    const message = `opens ${what} (${opener}) that is never closed, so YAML reads the lines below it into this value (end it with ${closer})`;
    // Left out, its line lets YAML read the fields below it, for their own problems.
    return { line: index + 1, field, message, skip: [index + 1] };
  }
  const runOn = runOnLine(error, yamlLines, pos.line - 1, offset);
  if (runOn) return runOn;
  const line = yamlLines[pos.line - 1] ?? '';
  // `title: "Files in C:\Users\jane"`: a backslash in double quotes starts an escape.
  const escape = /Invalid escape sequence (\\.)/.exec(error.message)?.[1];
  const quotedValue = /^\s*(?:-\s+)?([A-Za-z_][\w-]*:\s*)?(".*")\s*$/.exec(line);
  if (escape && quotedValue) {
    const written = quotedValue[2]!;
    const doubled = written.replace(/\\(\\|.)/g, (all, next: string) =>
      next === '\\' || next === '"' ? all : `\\${all}`,
    );
    return {
      line: pos.line,
      field: FIELD_LINE.exec(line)?.[1] ?? ownerAbove(yamlLines, pos.line - 1),
      message: `has "${escape}" in double quotes, where a backslash starts an escape YAML does not know (to print a backslash, write it twice: ${doubled}; or put the value in single quotes, where \\ is printed as typed)`,
      skip: [pos.line],
    };
  }
  const shaped = misshapenLine(error, yamlLines, pos.line - 1, offset);
  if (shaped) return { line: pos.line, skip: [pos.line], ...shaped };
  const misread = misreadValue(error, yamlLines, pos.line - 1);
  if (misread) return { line: pos.line, skip: [pos.line], ...misread };
  return {
    line: pos.line,
    // Named by the field on that line, where there is one.
    field: FIELD_LINE.exec(line)?.[1],
    message: `is not valid YAML at column ${pos.col}: ${firstLineOf(error.message)} (${yamlHint(line)})`,
    skip: [pos.line],
  };
}

/**
 * A line whose shape YAML refuses, told in an editor's words: a field written twice, a tab
 * before a field, no space after a field's colon, a list entry indented apart from the others.
 */
function misshapenLine(
  error: YamlError,
  lines: readonly string[],
  index: number,
  offset: number,
): { field: string | undefined; message: string } | undefined {
  const line = lines[index] ?? '';
  const field = FIELD_LINE.exec(line)?.[1];
  // Where YAML needs a space: before a field, or after its colon (in a value it is only text).
  if (/^[ \t]*\u00a0|^[^:]*:[ \t]*\u00a0/.test(line)) {
    return {
      field,
      message: `has a non-breaking space (pasted from a word processor or a web page), which YAML does not read as a space (delete the spaces on line ${index + 1 + offset} and type them again)`,
    };
  }
  if (/^[ \t]*\u3000|^[^:]*:[ \t]*\u3000/.test(line)) {
    return {
      field: /^[\s\u3000]*([A-Za-z_][\w-]*)/.exec(line)?.[1],
      message: `has a full-width space (typed with a Chinese or Japanese keyboard), which YAML does not read as a space (type the spaces on line ${index + 1 + offset} again with the space bar in Latin input)`,
    };
  }
  // `date： 2025-04-18` typed with a Chinese or Japanese input method: text to YAML, no field.
  const wide = /^\s*([A-Za-z_][\w-]*)[ \t]*[\uff1a\ufe55\ufe13]/.exec(line);
  if (wide && !field) {
    const colon = /[\uff1a\ufe55\ufe13]/.exec(line)![0];
    return {
      field: wide[1],
      message: `is written with a full-width colon "${colon}", which YAML does not read as a colon (write ${wide[1]}: with the colon of a Latin keyboard)`,
    };
  }
  if (/must start at the same column/.test(error.message) && field && /^\s/.test(line)) {
    // A field of a group indented apart from the one above it, or a field under a list.
    const indent = /^\s*/.exec(line)![0].length;
    const sibling = lines
      .slice(0, index)
      .map((above, i) => ({ i, above, name: /^(\s+)([A-Za-z_][\w-]*)\s*:/.exec(above) }))
      .reverse()
      .find(({ above }) => !/^\s*-/.test(above) && above.trim() !== '');
    if (sibling?.name && sibling.name[1]!.length !== indent) {
      return {
        field,
        message: `is indented differently from ${sibling.name[2]}: on line ${sibling.i + 1 + offset} (indent the fields of ${ownerAbove(lines, index) ?? 'a group'}: by the same spaces)`,
      };
    }
    const owner = ownerAbove(lines, index);
    return {
      field,
      message: `is indented, so YAML reads it as part of ${owner ?? 'the field'}: above it (start ${field}: at the beginning of the line)`,
    };
  }
  if (error.code === 'DUPLICATE_KEY' && field) {
    const first = lines.findIndex(
      (other) => FIELD_LINE.exec(other)?.[1] === field && /^\S/.test(other),
    );
    const where = first >= 0 && first < index ? ` (first on line ${first + 1 + offset})` : '';
    return { field, message: `is written twice${where}: keep one of them` };
  }
  if (error.code === 'TAB_AS_INDENT') {
    if (/^\s*-(?:\s|$)/.test(line)) {
      return {
        field: ownerAbove(lines, index),
        message: `has a tab before a list entry (line ${index + 1 + offset}), which YAML does not allow (indent the list's - lines with spaces)`,
      };
    }
    return {
      field: FIELD_LINE.exec(line)?.[1],
      message:
        "starts with a tab, which YAML does not allow (start a field at the beginning of the line, or indent a group's lines with spaces)",
    };
  }
  const glued = /^([A-Za-z_][\w-]*):(\S.*)$/.exec(line);
  if (glued) {
    return { field: glued[1], message: `needs a space after its colon (${glued[1]}: ${glued[2]})` };
  }
  const equals = EQUALS_FIELD.exec(line);
  if (equals && !field) return { field: equals[1], message: equalsMessage(equals[1]!, equals[2]!) };
  const dashed = /^(\s*)-([^\s-].*)$/.exec(line);
  if (dashed) {
    return {
      field: ownerAbove(lines, index),
      message: `has a list entry (line ${index + 1 + offset}) with no space after its "-" (write ${dashed[1]}- ${dashed[2]})`,
    };
  }
  const above = lines[index - 1] ?? '';
  const block = /^([A-Za-z_][\w-]*):[ \t]+([|>])[-+]?[ \t]*$/.exec(above);
  if (block && /^\S/.test(line)) {
    const n = index + 1 + offset;
    return {
      field: block[1],
      message: `starts a block of lines with "${block[2]}", and each of its lines must be indented (indent line ${n} by two spaces)`,
    };
  }
  const wrapped = /^([A-Za-z_][\w-]*):[ \t]+[^"'[{|>\s]/.exec(above);
  if (wrapped && /^[^\s#:-][^:]*$/.test(line)) {
    const n = index + 1 + offset;
    return {
      field: wrapped[1],
      message: `goes on to line ${n}, which starts at the beginning of the line, so YAML cannot read it (indent line ${n} by two spaces, or write the whole value on one line)`,
    };
  }
  const prose = /^([A-Za-z_][\w-]*):[ \t]+[^\s"'[{|>]/.exec(lines[index - 1] ?? '');
  if (/^- /.test(line) && prose) {
    const n = index + 1 + offset;
    return {
      field: prose[1],
      message: `goes on to line ${n}, which starts with "- " at the beginning of the line, so YAML cannot read it (indent line ${n} by two spaces, or write the whole value on one line)`,
    };
  }
  if (/^\s*- /.test(line)) {
    return {
      field: ownerAbove(lines, index),
      message: `has a list entry (line ${index + 1 + offset}) indented differently from the ones above it (indent every - line of a list by the same spaces)`,
    };
  }
  return undefined;
}

/** A field written `name = value`, as in TOML front matter. */
export const EQUALS_FIELD = /^\s*([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.*)$/;

/** What to say of `name = value`: YAML needs `name: value`. */
export function equalsMessage(name: string, value: string): string {
  return `is written with "=", where YAML needs a colon (write ${name}: ${value})`;
}

/** The field whose list or group line `index` is: the nearest line above that starts a field. */
function ownerAbove(lines: readonly string[], index: number): string | undefined {
  return lines
    .slice(0, index)
    .reverse()
    .map((above) => /^([A-Za-z_][\w-]*)\s*:/.exec(above)?.[1])
    .find((name) => name !== undefined);
}

/** `value` in the YAML quotes that keep it whole: single, or double when it holds a `'`. */
export function quoted(value: string): string {
  return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
}

/**
 * A field's value YAML read differently from how it was meant, told with the fix: a quote
 * inside a value quoted with the same mark, `: ` inside a value, a `]` that closes no list.
 */
function misreadValue(
  error: YamlError,
  lines: readonly string[],
  index: number,
): { field: string; message: string; skip?: number[] } | undefined {
  const line = lines[index] ?? '';
  const match = /^\s*([A-Za-z_][\w-]*):[ \t]+(.*\S)[ \t]*$/.exec(line);
  if (!match) return undefined;
  const [, field, value] = match as unknown as [string, string, string];
  const write = (fixed: string) => `write ${field}: ${fixed}`;
  const mark = value[0];
  // `title: 'Mayor's pledge: rebuild'`: past the apostrophe, YAML reads `s pledge:` as a field.
  const misquoted =
    /^Unexpected scalar/.test(error.message) || error.code === 'BLOCK_AS_IMPLICIT_KEY';
  if (misquoted && (mark === '"' || mark === "'")) {
    const name = mark === '"' ? 'a double' : 'a single';
    if (value.length > 1 && value.endsWith(mark)) {
      return {
        field,
        message: `has ${name} quote inside a value that starts and ends with one, so YAML ends the value early (${write(quoted(value.slice(1, -1)))})`,
      };
    }
    // `'It's here`: the second mark is an apostrophe inside a word, and the closing one is missing.
    const second = value.indexOf(mark, 1);
    if (/\p{L}/u.test(value[second - 1] ?? '') && /\p{L}/u.test(value[second + 1] ?? '')) {
      return {
        field,
        message: `has ${name} quote inside a value that starts with one, so YAML ends the value early (${write(quoted(value.slice(1).replace(new RegExp(`${mark}$`), '')))})`,
      };
    }
    return { field, message: `has words after its closing quote (${write(quoted(value))})` };
  }
  // `title: *Exclusive* Council approves`: `*Exclusive*` is an alias to YAML, then words.
  if (/^Unexpected scalar/.test(error.message) && mark === '*') {
    return {
      field,
      message: `starts with "*", which YAML reads as a reference to a value labelled elsewhere in the file (an alias), not as words (put the value in quotes: ${field}: ${quoted(value)})`,
    };
  }
  const reserved = /cannot start with (?:reserved|directive indicator) character (\S)/.exec(
    error.message,
  );
  if (reserved) {
    return {
      field,
      message: `starts with "${reserved[1]}", which YAML keeps for its own use (put the value in quotes: ${field}: ${quoted(value)})`,
    };
  }
  // `title: [Breaking] Storm hits`: a list, to YAML, with words after it.
  const closer = mark === '[' ? ']' : mark === '{' ? '}' : undefined;
  if (/^Unexpected scalar/.test(error.message) && closer && !value.endsWith(closer)) {
    return {
      field,
      message: `starts with "${mark}", which YAML reads as the start of ${mark === '[' ? 'a list' : 'a group'}, and goes on after its "${closer}" (put the value in quotes: ${field}: ${quoted(value)})`,
    };
  }
  if (/Unexpected flow-seq-end/.test(error.message) && mark === '[') {
    return {
      field,
      message: `has a "]" that closes no "[" (${write(`[${value.replace(/[[\]]/g, '')}]`)})`,
    };
  }
  if (/^[-?][ \t]/.test(value)) {
    const reads = value[0] === '-' ? 'a list entry' : 'a question to YAML (a complex key)';
    return {
      field,
      message: `starts with "${value[0]} ", which YAML reads as ${reads} (put the value in quotes: ${field}: ${quoted(value)})`,
    };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:(?: |$)/.test(value) && !/^["'[{]/.test(value)) {
    // `summary: … the coast:` with `officials said` on the next line, at its start.
    let end = index + 1;
    while (
      end < lines.length &&
      /^[^\s#-]/.test(lines[end]!) &&
      !/^[A-Za-z_][\w-]*\s*:(?:\s|$)/.test(lines[end]!)
    ) {
      end += 1;
    }
    const whole = [value, ...lines.slice(index + 1, end).map((more) => more.trim())].join(' ');
    const where = value.endsWith(':') ? 'ends with ":"' : 'has ": " in its value';
    return {
      field,
      message: `${where}, which YAML reads as the start of another field (${end > index + 1 ? `put the whole value on one line, in quotes: ${field}: ${quoted(whole)}` : quoteFix(field, whole)})`,
      skip: Array.from({ length: end - index }, (_, i) => index + 1 + i),
    };
  }
  return undefined;
}

/** YAML's message without the place it appends (` at line 3, column 8:`) and its drawing. */
function firstLineOf(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A field's value that runs on to indented lines below it, one of which holds `: `: either a
 * field indented by mistake (`   date: 2025-05-03` under `title:`), or a wrapped value with a
 * colon in it. YAML reports both on the first field's value, in words about "compact mappings".
 */
function runOnLine(
  error: YamlError,
  lines: readonly string[],
  index: number,
  offset: number,
): Explained | undefined {
  if (error.code !== 'BLOCK_AS_IMPLICIT_KEY' && error.code !== 'MULTILINE_IMPLICIT_KEY')
    return undefined;
  const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;
  const grouped = /^\s+[A-Za-z_][\w-]*\s*:/.test(lines[index] ?? '');
  if (grouped) {
    // In a group (`image:`), YAML names the group's first field; the culprit is a field
    // indented deeper than the one above it, further down.
    const depth = indentOf(lines[index]!);
    for (let k = index; k + 1 < lines.length && indentOf(lines[k]!) >= depth; k += 1) {
      const above = /^\s*([A-Za-z_][\w-]*)\s*:[ \t]*\S/.exec(lines[k]!)?.[1];
      const deeper = FIELD_LINE.exec(lines[k + 1]!)?.[1];
      if (above && deeper && indentOf(lines[k + 1]!) > indentOf(lines[k]!)) {
        return {
          line: k + 2,
          field: deeper,
          message: `is indented deeper than ${above}: on line ${k + 1 + offset}, so YAML reads it as part of ${above}'s value (indent it as ${above}: is)`,
          skip: [k + 2],
        };
      }
    }
  }
  const owner = /^([A-Za-z_][\w-]*)\s*:[ \t]*\S/.exec(lines[index] ?? '')?.[1];
  if (!owner) return undefined;
  let end = index + 1;
  while (end < lines.length && (/^\s/.test(lines[end]!) || lines[end] === '')) end += 1;
  const below = lines.slice(index + 1, end);
  const at = below.findIndex((line) => /:(?:\s|$)/.test(line));
  if (at === -1) return undefined;
  const culprit = index + 1 + at;
  const indented = at === 0 ? FIELD_LINE.exec(below[0]!)?.[1] : undefined;
  if (indented) {
    return {
      line: culprit + 1,
      field: indented,
      message: `is indented, so YAML reads it as part of ${owner}: on line ${index + 1 + offset} (start ${indented}: at the beginning of the line; or, if this line goes on with ${owner}'s value, put that whole value in quotes)`,
      skip: [culprit + 1],
    };
  }
  return {
    line: index + 1,
    field: owner,
    message: `goes on to line ${culprit + 1 + offset}, where ": " reads to YAML as a new field (put the whole value in double quotes, or write it on one line)`,
    skip: Array.from({ length: end - index }, (_, i) => index + 1 + i),
  };
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

/**
 * A list line (`tags: [Politics, "Harbour]`) whose entry opens a quote and never closes it,
 * or closes it past the list's end: YAML reports it as a quote or a list left open.
 */
function quoteInList(
  message: string,
  lines: readonly string[],
  errorIndex: number,
): { index: number; field: string; mark: string; list: string } | undefined {
  if (!/^Missing closing ["']quote|^Flow sequence .* end with a \]/.test(message)) return undefined;
  for (let index = Math.min(errorIndex, lines.length - 1); index >= 0; index -= 1) {
    const list = /^([A-Za-z_][\w-]*)\s*:\s*\[(.*)$/.exec(lines[index]!);
    if (!list) continue;
    const closed = closedQuotes(list[2]!);
    return closed && { index, field: list[1]!, ...closed };
  }
  return undefined;
}

/**
 * The entries after a list's `[` written again with each quote closed at the end of its entry
 * (a quote is closed where a `,` or `]` follows its mark), or undefined if every quote was.
 */
function closedQuotes(rest: string): { mark: string; list: string } | undefined {
  const text = rest.trimEnd();
  const entries: string[] = [];
  let mark: string | undefined;
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\t') i += 1;
    const quote = text[i] === '"' || text[i] === "'" ? text[i]! : undefined;
    const close = quote ? text.indexOf(quote, i + 1) : -1;
    if (quote && close !== -1 && /^\s*(?:[,\]]|$)/.test(text.slice(close + 1))) {
      const after = /^\s*/.exec(text.slice(close + 1))![0].length;
      const ends = close + 1 + after;
      // A quote closed after the list's "]" (`"Harbour]"`) belongs before it.
      if (ends < text.length || !text.slice(i, close).endsWith(']')) {
        entries.push(text.slice(i, close + 1));
        i = ends;
        if (text[i] === ']') break;
        i += 1;
        continue;
      }
    }
    let end = i + 1;
    while (end < text.length && text[end] !== ',' && text[end] !== ']') end += 1;
    const entry = text.slice(i, end).trim();
    if (quote) {
      mark = quote;
      entries.push(`${entry.replace(new RegExp(`${quote}+$`), '')}${quote}`);
    } else {
      entries.push(entry);
    }
    i = end;
    if (text[i] === ']') break;
    i += 1;
  }
  // Anything but quote marks after the "]" is another mistake, told as YAML tells it.
  if (!mark || !/^[\]\s"']*$/.test(text.slice(i))) return undefined;
  return { mark, list: `[${entries.filter(Boolean).join(', ')}]` };
}

/** What to do about a line YAML could not read: quotes, when its value holds `: ` or ` #`. */
function yamlHint(line: string): string {
  const field = /^\s*([A-Za-z_][\w-]*):[ \t]+(.*\S)[ \t]*$/.exec(line);
  if (!field || !/: |\s#|^[[{&*!|>%@`]/.test(field[2]!) || /^["']/.test(field[2]!)) {
    return DEFAULT_YAML_HINT;
  }
  // `tags: [#Syria, Iraq]`: quoting the whole list would make it one text; the # is the slip.
  const list = /^\[(.*)\]$/.exec(field[2]!);
  if (list && /(?:^|,)\s*#/.test(list[1]!)) {
    const fixed = list[1]!.replace(/(^|,)(\s*)#+\s*/g, '$1$2');
    const kept = /(?:^|,)\s*(#[^,]*?)\s*(?:,|$)/.exec(list[1]!)![1]!;
    return `a # starts a comment in YAML: write the entries without it, ${field[1]}: [${fixed}], or put it in quotes to keep it, ${quoted(kept)}`;
  }
  return quoteFix(field[1]!, field[2]!);
}

/**
 * The fix of a value YAML needs quotes round: `put the value in quotes: title: '…'`. One wrapped
 * in a word processor's quotes (`title: “Mayor: we will rebuild”`) has no YAML quotes, and they
 * would print: YAML's straight ones are offered in their place, and the kept ones as a choice.
 */
function quoteFix(field: string, value: string): string {
  const curly = /^[“‘„«](.*)[”’“»]$/su.exec(value);
  if (!curly) return `put the value in quotes: ${field}: ${quoted(value)}`;
  return `put the value in YAML's quotes, which are straight and not printed: ${field}: ${quoted(curly[1]!)}; the typographic quotes would be printed, so to print them, as a quotation: ${field}: ${quoted(value)}`;
}
