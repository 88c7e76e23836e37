/**
 * The checks on the values of one story's front matter, as YAML read them: each tells, in its own
 * words, of one kind of slip (quotes pasted from a word processor, a line left to fill in, a value
 * cut at " #"). They read the raw values, so a file with errors hears of them in the same report.
 */
import { vagueAlt, vagueAltMessage } from '../lib/altText.ts';
import { formatRelease } from '../lib/articleStatus.ts';
import { calendarDay, isOnOrAfter, parseDateValue } from '../lib/dates.ts';
import { deskNotes } from '../lib/deskNotes.ts';
import { MARKDOWN_MARKS } from '../lib/markdownEscape.ts';
import { bylineParts, withoutByWord, writtenNames } from '../lib/bylineParts.ts';
import { notAName } from '../lib/notAName.ts';
import { STRINGS } from '../lib/strings.ts';
import { EMBARGO_NAMES } from './otherNames.ts';
import { quoted } from './yamlErrors.ts';

/** One story's front matter as YAML read it. */
export interface FieldCheckInput {
  /** The values, as YAML read them. */
  data: Record<string, unknown>;
  /** The file's lines: what YAML kept nothing of (a value after a #) is read there. */
  lines: readonly string[];
  /** The line of a field. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The text YAML read as a note after a field's value (`title: Storm # and flood`). */
  comments: ReadonlyMap<string, string>;
  /** The site's time zone, for comparing calendar dates with date-times. */
  timeZone: string;
}

/** Tells of a problem at a field: a warning, or an error that stops the story. */
export interface Tell {
  warn: (path: readonly PropertyKey[], message: string) => void;
  fail: (path: readonly PropertyKey[], message: string) => void;
}

/** A longer given summary is flagged: it will not fit a search result or a feed reader's line. */
export const SUMMARY_WARN_LENGTH = 300;

/** A longer headline is flagged: most often a paragraph pasted in, and cut short where shared. */
export const TITLE_WARN_LENGTH = 150;

/** The word each language's pages print before a byline's names: `By`, `Por`, `بقلم`. */
const BY_WORDS = Object.values(STRINGS).map((words) => words.by);

/** Fields whose words readers see, where text cut at " #" would go out wrong. */
const PROSE_FIELDS = ['title', 'summary', 'author', 'source', 'kicker'] as const;

/** Fields a story goes out without when they are left blank, and what to write in them. */
const LEFT_BLANK: Readonly<Record<string, string>> = {
  author:
    'is empty, so the story has no byline (write who wrote it: author: Jane Doe, or delete the line)',
  source:
    'is empty, so the story names no source (write where it came from: source: AP, or delete the line)',
  image:
    'is empty, so the story has no lead photo (put the photo beside the story and give it under image: as src: ./photo.jpg and alt: …, or delete the line)',
  kicker:
    "is empty, so the story's section stands above its headline (write a word or two: kicker: Breaking, or delete the line)",
};

/**
 * Fields that look as if they do something and do not here: YAML's merge key, an `embargo:` (a
 * story is held until its date), another tool's draft flag (`held`, which holds it all the same).
 */
export function fieldsReadAsNothing(
  { data }: FieldCheckInput,
  { fail }: Tell,
  held: string | undefined,
): void {
  if ('<<' in data) {
    fail(
      ['<<'],
      "is YAML's merge key, which Dateline does not read (write each field on a line of its own)",
    );
  }
  // `embargo: 2099-01-01` would hold nothing back: a build must not publish the story.
  for (const name of EMBARGO_NAMES.filter((key) => key in data)) {
    const value = data[name];
    const given = typeof value === 'string' && parseDateValue(value).ok ? value : undefined;
    const write = given
      ? `date: ${given}`
      : 'date: as the time it may be published (YYYY-MM-DD, or a date-time such as YYYY-MM-DDT09:00:00Z)';
    fail(
      [name],
      `holds nothing back here: a story is held until its date (write ${write}, and delete ${name}:)`,
    );
  }
  if (held) {
    fail(
      [held],
      `is how other tools hold a story back: it is held as a draft all the same (write draft: true in its place)`,
    );
  }
}

/**
 * `title: “Storm hits”` pasted from a word processor: YAML's quotes are straight, so these print.
 * In a tag (`tags: [“Ferries”]`) they are part of the topic's name, its page's heading and address.
 */
export function typographicQuotes({ data, lines, lineOf }: FieldCheckInput, { warn }: Tell): void {
  for (const field of PROSE_FIELDS) {
    const value = data[field];
    if (typeof value !== 'string' || !/^[“‘„«].*[”’“»]$/su.test(value.trim())) continue;
    // Inside YAML's own quotes (`title: '“We will rebuild”'`), they are meant: a quotation.
    if (/^\s*[\w-]+:\s*['"]\s*[“‘„«]/.test(lines[lineOf([field]) - 1] ?? '')) continue;
    const text = value.trim();
    warn(
      [field],
      `is wrapped in typographic quotes (${text[0]}…${text.at(-1)}), which are printed as part of it (delete them; or, if the ${field} is a quotation, keep them inside YAML's own quotes, which are straight: ${field}: ${quoted(text)})`,
    );
  }
  const tags = data.tags;
  if (!Array.isArray(tags)) return;
  tags.forEach((tag: unknown, i) => {
    if (typeof tag !== 'string') return;
    const text = tag.trim();
    // A closing ’ alone may end a possessive (`Farmers’`); one after an opening ‘ is a quote.
    if (!/^[“‘„«]|[”“»]$|^‘.*’$/su.test(text)) return;
    const bare = text.replace(/^[“‘„«]+|[”’“»]+$/gu, '').trim();
    warn(
      ['tags', i],
      `"${text}" has typographic quotes, which are part of the topic's name, printed on its page and in every link to it (write it without them${bare ? `: ${bare}` : ''}; YAML's own quotes are straight: "…")`,
    );
  });
}

/**
 * `tags: [Weather, ""]`: an entry left blank (a CMS row never filled) is left out, and a bare `- `
 * is made a blank entry in its place; a name twice in one byline is printed once.
 */
export function listEntries({ data, lines, lineOf }: FieldCheckInput, { warn }: Tell): void {
  for (const field of ['tags', 'author'] as const) {
    const list = data[field];
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    list.forEach((entry: unknown, i) => {
      // `- ` with nothing after it (a YAML null) is left out as a blank entry is, in its place.
      if (entry === null) list[i] = entry = '';
      if (typeof entry !== 'string') return;
      if (entry.trim() === '') {
        // `- #Syria`: YAML reads what follows a # as a comment, so the entry is empty.
        const written = /^\s*-\s+(#.*\S)/.exec(lines[lineOf([field, i]) - 1] ?? '')?.[1];
        warn(
          [field, i],
          written
            ? `"${written}" is read as a comment, which YAML makes of what follows a #, so the entry is empty and left out (write it without the #: - ${written.replace(/^#+\s*/, '')})`
            : 'is empty and is left out (delete it)',
        );
      }
      // `tags: [Transport; City Council]`: YAML's list is split at commas, so this is one topic;
      // in a list of a tag a line (`- Transport, City Council`), a comma does not split it
      // either, unless quoted (`- "Washington, D.C."`), which says the comma is meant.
      const line = lines[lineOf([field, i]) - 1] ?? '';
      const aLine = /^\s*-\s/.test(line);
      const commas = aLine && !/^\s*-\s+["']/.test(line);
      const mark = entry.includes(';') ? ';' : commas && entry.includes(',') ? ',' : undefined;
      const topics = entry
        .split(commas ? /[;,]/ : /;/)
        .map((topic) => topic.trim())
        .filter(Boolean);
      if (field === 'tags' && mark && topics.length > 1) {
        warn([field, i], oneTopic(entry.trim(), mark, topics, aLine));
      }
      // `author: [Jane Doe, City Hall Reporter]`: the title printed as a second author.
      const kind = field === 'author' ? notAName(entry) : undefined;
      // `- Sam Roe, Staff Writer`: a name with its title beside it, in one entry.
      const parts = kind ? bylineParts(withoutByWord(entry.trim(), BY_WORDS).rest) : undefined;
      if (parts && parts.people.length === 1) {
        warn(
          [field, i],
          `"${entry.trim()}" is a name with ${parts.names.length > 2 ? 'more' : kind} beside it, all printed as the name (write the name alone in this entry, ${parts.people[0]}; ${parts.moves.join('; ')})`,
        );
      } else if (kind && list.length > 1) {
        const instead =
          kind === 'a job title'
            ? `a job title goes in the author's profile, as role: ${entry.trim()}`
            : `write it as source: ${entry.trim()}`;
        warn(
          [field, i],
          `"${entry.trim()}" is ${kind}, not a name, and is printed as one (delete it here: ${instead})`,
        );
      }
      // `author: [Jane Doe, Jane Doe]` would print "By Jane Doe and Jane Doe" (tags merge anyway).
      const name = entry.trim();
      if (field === 'author' && name !== '' && seen.has(name))
        warn([field, i], `"${name}" is named twice and is printed once (delete one)`);
      seen.add(name);
    });
  }
}

/**
 * What to say of tags written as one (`Transport; City Council`), parted by `mark`, and how to
 * part them as the list is written: a tag a line, or in one line with commas (and in the CMS).
 */
function oneTopic(entry: string, mark: ';' | ',', topics: readonly string[], aLine: boolean) {
  const part = aLine
    ? `give each its own line: ${topics.map((topic) => `- ${topic}`).join(' and ')}`
    : `separate them with commas: ${topics.join(', ')}`;
  if (mark === ';') {
    return `"${entry}" is one topic: a ; does not separate tags (for ${topics.length} topics, ${part})`;
  }
  return `"${entry}" is one topic: in a list written a tag a line, a comma does not separate tags (for ${topics.length} topics, ${part}; for one topic with a comma in it, quote it: - "${entry}")`;
}

/** `title: “Mayor says we will rebuild`: a quotation opened and never closed is printed as is. */
export function unclosedQuotations({ data }: FieldCheckInput, { warn }: Tell): void {
  for (const field of PROSE_FIELDS) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    const text = value.trim();
    const closer = ({ '“': '”', '„': '“', '«': '»' } as Record<string, string>)[text[0] ?? ''];
    if (!closer || text.slice(1).includes(closer) || (text[0] === '„' && text.includes('”')))
      continue;
    warn(
      [field],
      `opens a quotation (${text[0]}) that is never closed, and is printed so (close it with ${closer}, or delete it)`,
    );
  }
}

/** `title: Storm # and flood` reads as "Storm": YAML takes " #" and what follows for a note. */
export function cutAtComments({ data, comments }: FieldCheckInput, { fail }: Tell): void {
  for (const field of PROSE_FIELDS) {
    const comment = comments.get(field);
    if (comment === undefined) continue;
    const cut = `#${comment}`.trimEnd();
    const whole = `${String(data[field])} ${cut}`;
    const quoted = whole.includes("'") ? JSON.stringify(whole) : `'${whole}'`;
    fail(
      [field],
      `loses "${cut}": YAML reads " #" and what follows as a note, not text (put the value in quotes: ${field}: ${quoted})`,
    );
  }
}

/**
 * The word YAML read as no value (`null`, `Null`, `NULL`, `~`) where a top-level field at `path`
 * is one: `title: Null` was meant as the word, `title:` alone as nothing.
 */
export function typedNull({ data, lines, lineOf }: FieldCheckInput, path: readonly PropertyKey[]) {
  const [field] = path;
  if (path.length !== 1 || typeof field !== 'string' || data[field] !== null) return undefined;
  const line = lines[lineOf(path) - 1] ?? '';
  if (!line.startsWith(`${field}:`)) return undefined;
  const written = /^[ \t]+(null|Null|NULL|~)[ \t]*(?:#.*)?$/.exec(line.slice(field.length + 1));
  return written?.[1];
}

/** What to say of a field whose value YAML read as no value: the word, and the quotes it needs. */
export function typedNullMessage(field: string, word: string): string {
  return `is "${word}", which YAML reads as no value at all, not as the word (put it in quotes: ${field}: "${word}")`;
}

/** An update, or a correction, dated before the story it changes. */
export function datesInOrder({ data, timeZone }: FieldCheckInput, { fail, warn }: Tell): void {
  const { date, updated, corrections } = data;
  if (typeof date !== 'string') return;
  const d = parseDateValue(date);
  if (!d.ok) return;
  if (typeof updated === 'string') {
    const u = parseDateValue(updated);
    if (u.ok && !isOnOrAfter(u.value, d.value, timeZone)) {
      // A time against a day: `01:00+02:00` on the story's day is the day before in London.
      const day =
        u.value.kind === 'datetime' && d.value.kind === 'date'
          ? `, ${calendarDay(u.value, timeZone)} in the site's time zone, ${timeZone},`
          : '';
      // A date-time as the site's clock reads it: a CMS's picker wrote the offset, not the editor.
      const timed = d.value.kind === 'datetime' ? formatRelease(d.value.epochMs, timeZone) : '';
      const after = timed ? `the story, dated ${timed}` : `the story's date, "${date}"`;
      const then = timed || `"${date}"`;
      fail(
        ['updated'],
        `"${updated}"${day} is before ${after} (an update comes after the story: date it ${then} or later)`,
      );
    } else if (
      u.ok &&
      u.value.kind === 'date' &&
      d.value.kind === 'datetime' &&
      calendarDay(u.value, timeZone) === calendarDay(d.value, timeZone)
    ) {
      // The page prints the day alone under the story's own time: it tells readers nothing.
      const zone = /(?:Z|[+-]\d{2}:?\d{2})$/i.exec(date.trim())?.[0] ?? 'Z';
      warn(
        ['updated'],
        `"${updated}" is the story's own day with no time, so readers cannot tell the update from the story, dated ${formatRelease(d.value.epochMs, timeZone)} (give the update's time as the story's is given, updated: ${updated}T14:30:00${zone}, or delete the line)`,
      );
    }
  }
  if (!Array.isArray(corrections)) return;
  corrections.forEach((correction: unknown, i) => {
    const value = (correction as { date?: unknown } | null)?.date;
    if (typeof value !== 'string') return;
    const c = parseDateValue(value);
    if (c.ok && !isOnOrAfter(c.value, d.value, timeZone)) {
      // The story's day where the site dates it: 21:00 in New York is the next day in UTC.
      const day = calendarDay(d.value, timeZone);
      const where = d.value.kind === 'datetime' ? ` in the site's time zone, ${timeZone}` : '';
      fail(
        ['corrections', i, 'date'],
        `"${value}" is before the story, dated ${day}${where} (a correction comes after the story: date it ${day} or later)`,
      );
    }
  });
}

/** The same correction pasted twice (its date and its words) is printed twice. */
export function repeatedCorrections({ data }: FieldCheckInput, { warn }: Tell): void {
  const { corrections } = data;
  if (!Array.isArray(corrections)) return;
  const seen = new Map<string, number>();
  corrections.forEach((correction: unknown, i) => {
    const text = (correction as { text?: unknown } | null)?.text;
    if (typeof text !== 'string' || !text.trim()) return;
    // Two corrections may share stock words (`An earlier version misspelt a name.`) on two days.
    const date = (correction as { date?: unknown }).date;
    const key = `${String(date)} ${text.trim().replace(/\s+/g, ' ')}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      warn(
        ['corrections', i, 'text'],
        `is the same as correction ${first + 1}'s, and would be printed twice (delete one)`,
      );
  });
}

/**
 * `tags: #Syria`: YAML reads what follows a # as a comment, so the field is empty. Returns the
 * fields so told, which are not told again as left blank.
 */
export function commentedValues({ data, lines, lineOf }: FieldCheckInput, { warn }: Tell) {
  const commented = new Set<string>();
  for (const [field, value] of Object.entries(data)) {
    if (value !== null) continue;
    const line = lines[lineOf([field]) - 1] ?? '';
    const written = /^[^:]+:\s+(#.*\S)/.exec(line)?.[1];
    if (!written) continue;
    commented.add(field);
    const bare = written.replace(/^#+\s*/, '');
    warn(
      [field],
      `is empty: "${written}" is read as a comment, which YAML makes of what follows a # (write it without the #: ${field}: ${field === 'tags' ? `[${bare}]` : bare})`,
    );
  }
  return commented;
}

/**
 * Lines left to fill in on a story going out: a blank summary, byline, source or lead photo, an
 * `image:` whose `src:` was never given, an alt text that describes nothing. `commented` are
 * told already; `erred` says whether a line holds an error, which says why the line above is blank.
 */
export function leftBlank(
  { data, lineOf }: FieldCheckInput,
  { warn }: Tell,
  commented: ReadonlySet<string>,
  erred: (line: number) => boolean,
): void {
  const { summary } = data;
  const blankSummary = summary === null || (typeof summary === 'string' && !summary.trim());
  if (blankSummary && !commented.has('summary')) {
    warn(
      ['summary'],
      'is empty (write one or two sentences, or delete the line: the start of the first paragraph is used)',
    );
  }
  // `author:` with nothing after it reads as no field at all: a line left to fill in, most likely.
  // When the line below it is in error (`src:` not indented under it), that message says why.
  for (const [field, fix] of Object.entries(LEFT_BLANK)) {
    const value = data[field];
    // `image: ""` is told as not being a group of fields.
    const blankText = typeof value === 'string' && value.trim() === '' && field !== 'image';
    // `author: []`: a byline list the CMS saved with no one in it.
    const noNames = field === 'author' && Array.isArray(value) && value.length === 0;
    if ((value !== null && !blankText && !noNames) || commented.has(field)) continue;
    if (!erred(lineOf([field]) + 1)) warn([field], fix);
  }
  // `image:` with its lines left to fill in (`src:`, `alt:`): no photo, and an alt text unseen.
  const image = data.image as Record<string, unknown> | null | undefined;
  if (image && typeof image === 'object' && !Array.isArray(image) && image.src == null) {
    const given = (name: string) => typeof image[name] === 'string' && image[name] !== '';
    if (given('alt')) {
      const why = 'so the story has no lead photo and its alt text is shown nowhere';
      if (image.src === null)
        warn(
          ['image', 'src'],
          `is empty, ${why} (give the photo: src: ./photo.jpg, or delete the image: lines)`,
        );
      else
        warn(
          ['image'],
          `has no src:, ${why} (add src: ./photo.jpg under it, or delete the image: lines)`,
        );
    } else if (!given('caption') && !given('credit')) {
      warn(
        ['image'],
        LEFT_BLANK.image!.replace('or delete the line', 'or delete the image: lines'),
      );
    }
  }
  // `alt: IMG_1234.jpg`: a screen reader reads out a file name, or "photo" after "image".
  if (image && typeof image === 'object' && typeof image.alt === 'string') {
    const vague = vagueAlt(image.alt);
    if (vague) warn(['image', 'alt'], vagueAltMessage(image.alt, vague));
  }
}

/** `title: Council votes TK`: a note for the desk left in words readers see. */
export function deskNotesInFields({ data }: FieldCheckInput, { warn }: Tell): void {
  for (const field of PROSE_FIELDS) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    for (const written of deskNotes(value)) {
      warn(
        [field],
        `holds "${written}", a note for the desk, where readers would see it (write what belongs there, or delete it)`,
      );
    }
  }
}

/**
 * Characters that take no room, pasted with a word: a zero-width space, a word joiner, a byte
 * order mark, and a zero-width joiner but between two emoji (where it makes one of them).
 */
const NO_ROOM =
  /[\u200B\u2060\uFEFF]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * Characters that set the direction of the text after them (an override, an embedding, an
 * isolate, and their ends): pasted with a name, they show its letters in another order than typed.
 */
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/g;

/** A character by its code point: `U+200B`. */
const codeOf = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The words readers see in a story's front matter, each with where it is. */
function wordsOf(data: Record<string, unknown>): [PropertyKey[], string][] {
  const found: [PropertyKey[], string][] = [];
  const add = (path: PropertyKey[], value: unknown) => {
    if (typeof value === 'string') found.push([path, value]);
    else if (Array.isArray(value)) value.forEach((item, i) => add([...path, i], item));
  };
  for (const field of [...PROSE_FIELDS, 'tags'] as const) add([field], data[field]);
  const image = data.image;
  if (image && typeof image === 'object') {
    for (const field of ['alt', 'caption', 'credit'] as const) {
      add(['image', field], (image as Record<string, unknown>)[field]);
    }
  }
  return found;
}

/**
 * `tags: [Fish<U+200B>ing]`: a character that takes no room, pasted with a word, makes it another
 * word: a byline that misses its profile, a headline search cannot find.
 */
export function invisibleCharacters({ data }: FieldCheckInput, { warn }: Tell): void {
  for (const [path, value] of wordsOf(data)) {
    const shown = value.replace(
      new RegExp(`${NO_ROOM.source}|${DIRECTION.source}`, 'gu'),
      (c) => `<${codeOf(c)}>`,
    );
    const codes = [...new Set(value.match(NO_ROOM) ?? [])].map(codeOf);
    if (codes.length) {
      warn(
        path,
        `"${shown}" holds ${codes.length === 1 ? 'a character that takes' : 'characters that take'} no room (${codes.join(', ')}), pasted with the text: the words are not the ones they look like (delete ${codes.length === 1 ? 'it' : 'them'}: retype the word)`,
      );
    }
    const turns = [...new Set(value.match(DIRECTION) ?? [])].map(codeOf);
    if (turns.length) {
      warn(
        path,
        `"${shown}" holds ${turns.length === 1 ? 'a character that sets' : 'characters that set'} the direction of the text after ${turns.length === 1 ? 'it' : 'them'} (${turns.join(', ')}), pasted with the text: readers see the letters in another order than typed (delete ${turns.length === 1 ? 'it' : 'them'}: the page sets each language's direction itself)`,
      );
    }
  }
}

/** What each prose field is to a reader, for messages: `title` is the headline. */
const PROSE_NOUNS: Readonly<Record<(typeof PROSE_FIELDS)[number], string>> = {
  title: 'a headline',
  summary: 'a summary',
  author: 'a byline',
  source: 'a source',
  kicker: 'a kicker',
};

/**
 * Markup that prints as typed in plain text: an HTML entity or tag, markdown's marks (see
 * MARKDOWN_MARKS).
 */
const MARKUP: readonly { pattern: RegExp; kind: string; fix: string }[] = [
  {
    pattern: /&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/gi,
    kind: 'HTML',
    fix: 'write the character itself',
  },
  {
    pattern: /<\/?[a-z][a-z\d]*(?:\s[^<>]*)?\/?>/gi,
    kind: 'HTML',
    fix: 'delete the tags',
  },
  {
    pattern: MARKDOWN_MARKS,
    kind: 'markdown',
    fix: 'delete the marks',
  },
];

/** `title: Smith &amp; Sons win *bus lane* deal`: HTML or markdown in plain text prints as typed. */
export function markupInProse({ data }: FieldCheckInput, { warn }: Tell): void {
  for (const field of PROSE_FIELDS) {
    const value = data[field];
    if (typeof value !== 'string') continue;
    for (const { pattern, kind, fix } of MARKUP) {
      const written = [...new Set(value.match(pattern))].map((mark) => `"${mark}"`);
      if (!written.length) continue;
      const list =
        written.length === 1
          ? written[0]
          : `${written.slice(0, -1).join(', ')} and ${written.at(-1)}`;
      const which = written.length === 1 ? 'which is' : 'which are';
      warn(
        [field],
        `holds ${list}, ${which} printed as typed: ${PROSE_NOUNS[field]} is plain text, not ${kind} (${fix})`,
      );
    }
  }
}

/**
 * What to say of a byline written as one text that names more than a person: `Jane Doe, Sam Roe`
 * (YAML's one name: one byline, one profile looked for), or a name with a job title or an agency
 * beside it (`Jane Doe, City Hall Reporter`). The word the page prints before the names (`By`)
 * is left out of the names to write, as the byline check says of it.
 */
function oneTextByline(author: string): string | undefined {
  const parts = bylineParts(withoutByWord(author, BY_WORDS).rest);
  if (!parts) return undefined;
  const { names, people, moves } = parts;
  if (people.length === names.length || people.length === 0) {
    const several = `for a story by ${names.length} people, write author: [${names.join(', ')}]`;
    // `Doe, Jane`: a catalogue's order, surname first, more often than two people called so.
    const [last, first] = names;
    if (names.length === 2 && /^[\p{L}'’.-]+$/u.test(`${last}${first}`) && author.includes(',')) {
      return `"${author}" is printed as written, surname first (write author: ${first} ${last}; for two people, write each one's whole name in a list)`;
    }
    return `"${author}" is one name; ${several}`;
  }
  return `"${author}" is printed whole, as one name (write the names alone, author: ${writtenNames(people)}; ${moves.join('; ')})`;
}

/**
 * An email address, in a byline: `jane.doe@example.com`, `Jane Doe <jane@example.com>`; not a
 * social handle, `@jane@mastodon.social`, which is public.
 */
const EMAIL = /(?<=^|[\s<>()[\]])[^\s<>()[\]@]+@[^\s<>()[\]@]+\.[^\s<>()[\]@]+/;

/** The name an address is made of: `jane.doe@example.com` is Jane Doe. */
function nameOfAddress(address: string): string {
  const words = address
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

/**
 * A headline or summary too long to be shown whole, a byline naming several people in one, and
 * a byline that gives away an email address.
 */
export function lengthsAndNames({ data }: FieldCheckInput, { warn }: Tell): void {
  const { author, summary, title } = data;
  const titleLength = typeof title === 'string' ? [...title.trim().normalize('NFC')].length : 0;
  if (titleLength > TITLE_WARN_LENGTH) {
    warn(
      ['title'],
      `is ${titleLength} characters long: search results and shared links cut it short, and a headline reads best in a line or two (keep it under ${TITLE_WARN_LENGTH}; the rest belongs in the summary or the story)`,
    );
  }
  const byline = typeof author === 'string' ? oneTextByline(author) : undefined;
  if (byline) warn(['author'], byline);
  const names = typeof author === 'string' ? [author] : Array.isArray(author) ? author : [];
  names.forEach((name, i) => {
    const address = typeof name === 'string' ? EMAIL.exec(name)?.[0] : undefined;
    if (!address) return;
    const path = typeof author === 'string' ? ['author'] : ['author', i];
    const rest = name
      .replace(EMAIL, '')
      .replace(/[<>()[\]]/g, '')
      .trim();
    const named = rest || nameOfAddress(address);
    const write = typeof author === 'string' ? `author: ${named}` : named;
    warn(
      path,
      `"${name}" holds an email address, printed on the page and in the feeds for anyone to collect (write the name alone, ${write}; an address readers may use goes in the author's profile bio)`,
    );
  });
  if (typeof summary === 'string' && summary.length > SUMMARY_WARN_LENGTH) {
    warn(
      ['summary'],
      `is ${summary.length} characters long (keep it under ${SUMMARY_WARN_LENGTH}: one or two sentences)`,
    );
  }
}
