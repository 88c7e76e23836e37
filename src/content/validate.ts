/**
 * One article file checked without rendering its body: its front matter read and validated,
 * its slug and language settled, everything wrong with it found.
 */
import { basename } from 'node:path';
import { vagueAlt, vagueAltMessage } from '../lib/altText.ts';
import { isOnOrAfter, parseDateValue } from '../lib/dates.ts';
import { DEFAULT_LANG, canonicalLang } from '../lib/languages.ts';
import { PLACEHOLDER_BODY } from '../lib/newArticle.ts';
import type { Problem } from '../lib/problems.ts';
import { slugFromFileName } from '../lib/slugs.ts';
import { repeatedHeadline } from '../lib/repeatedHeadline.ts';
import { isBlankMarkdown } from '../lib/text.ts';
import { didYouMean } from '../lib/suggest.ts';
import { decodeText } from '../lib/utf8.ts';
import type { z } from 'astro/zod';
import {
  CORRECTION_FIELDS,
  FRONTMATTER_FIELDS,
  type Frontmatter,
  IMAGE_FIELDS,
  INVISIBLE,
  frontmatterSchema,
  imageSrc,
  showInvisible,
} from './articleSchema.ts';
import { bodyOf, quoted, readFrontmatter, splitFrontmatter, toldAlready } from './frontmatter.ts';
import { EMBARGO_NAMES, OTHER_NAMES, heldByOtherName } from './otherNames.ts';
import { strayFields } from './strayFields.ts';
import type { BodyWords } from './markdown/pipeline.ts';

/** The settings an article record depends on. */
export interface ParseSettings {
  /** The site's base path, for the article's URL. */
  base: string;
  /** The site's time zone, for comparing calendar dates with date-times. */
  timeZone: string;
  /** The site's language: an article's own when it gives none; English when absent. */
  lang?: string | undefined;
  /**
   * How task marks and footnotes are read out, by language (primary subtag): the only words of
   * the site a body holds. Given to the renderer as data, so no other word of the site's tables
   * changes what renders a body; the loaders fill it from src/lib/strings.ts (see withBodyWords).
   */
  bodyWords?: Readonly<Record<string, BodyWords>> | undefined;
}

/** A longer given summary is flagged: it will not fit a search result or a feed reader's line. */
export const SUMMARY_WARN_LENGTH = 300;

/** A longer headline is flagged: most often a paragraph pasted in, and cut short where shared. */
export const TITLE_WARN_LENGTH = 150;

/** A file that passed validation: its fields, its slug and its text, ready to render. */
export interface ValidArticle {
  file: string;
  fields: Frontmatter;
  slug: string;
  text: string;
  /** The line of `image.src`, for checks made after validation (is the file in public/?). */
  imageLine?: number | undefined;
  /** Its language, canonical: the file's `lang`, or the site's. */
  lang: string;
  /** The line of `translationOf`, for the checks across files (see translations.ts). */
  translationLine?: number | undefined;
  /** The line of `title`, for the checks across files (a copied story). */
  titleLine?: number | undefined;
  /** The line of `date`, for the check against the build's clock. */
  dateLine?: number | undefined;
  /** The line of `updated`, for the check against the build's clock. */
  updatedLine?: number | undefined;
  /** The line of each correction's date, for the check against the build's clock. */
  correctionLines?: number[] | undefined;
  /** The lines of `aliases` and `slug`, for the checks across files and builds. */
  aliasesLine?: number | undefined;
  slugLine?: number | undefined;
  /** The line of each name in `author`, in its order, for the check against the profiles. */
  authorLines?: number[] | undefined;
}

/** A file larger than this is flagged: it is slow to build and to read (one of 5 MB took 8 s and 1 GB). */
export const LARGE_FILE_BYTES = 1_000_000;

/** One file's validation: the valid article when it had no errors, and everything worth telling. */
export interface ValidationResult {
  valid: ValidArticle | undefined;
  /**
   * A file with errors, made of the fields that passed on their own (stand-ins for a title or
   * date that did not): never published, only checked further (photos, aliases, translations),
   * so one bad field does not hide the file's other problems until the next build.
   */
  salvaged?: ValidArticle | undefined;
  problems: Problem[];
  /**
   * Whether the file is a draft: its `draft: true` as YAML read it or, where a mistake kept YAML
   * from reading that far, as a line of its own. A draft's errors stop no build (sync.ts).
   */
  draft?: boolean | undefined;
}

/**
 * `draft: true` on a line of its own in front matter, a comment after it or not: at the start of
 * the line, or indented under another field by mistake, in any case (`Draft: True`), with a
 * full-width colon too (`draft： true`).
 */
const DRAFT_LINE =
  /^[ \t\u200B\u2060\uFEFF]*(?:-[ \t]+)?drafts?[ \t\u200B]*[:\uff1a\ufe55\ufe13][ \t\u00a0]*(["']?)(?:true|yes|on)\1[ \t\u00a0\u200B]*(?:#.*)?$/im;

/** `draft: true` inside braces (`image: {src: …, draft: true}`, `<<: {draft: true}`). */
const DRAFT_IN_BRACES =
  /[{,][ \t]*["']?draft["']?[ \t]*:[ \t]*["']?(?:true|yes|on)["']?[ \t]*[,}]/i;

/**
 * Whether a file's front matter marks it a draft: by its `draft:` field, or by any line that
 * says so where YAML could not read it or read it as part of another field.
 */
function markedDraft(text: string, front: ReturnType<typeof readFrontmatter>): boolean {
  if (front.data?.draft === true && !front.unreadable.has('draft')) return true;
  // `draft: "true"` or a block of lines holding `true`: text to YAML, meant all the same.
  const { draft } = front.data ?? {};
  if (typeof draft === 'string' && /^(?:true|yes|on)$/i.test(draft.trim())) return true;
  const split = splitFrontmatter(text);
  return (
    split.kind === 'found' && (DRAFT_LINE.test(split.yaml) || DRAFT_IN_BRACES.test(split.yaml))
  );
}

/** Everything that can be wrong with one file, found without rendering its body. */
export function validateArticle(
  file: string,
  bytes: Uint8Array,
  settings: ParseSettings,
): ValidationResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const message = `byte ${decoded.byteOffset} (column ${decoded.column}) is not valid UTF-8 (save the file as UTF-8)`;
    const problem: Problem = {
      file,
      line: decoded.line,
      field: 'encoding',
      message,
      severity: 'error',
    };
    return { valid: undefined, problems: [problem] };
  }
  const text = decoded.text;
  const front = readFrontmatter(text, file);
  const stray = strayFields(splitFrontmatter(text), FRONTMATTER_FIELDS);
  // `draft: true` below the fence still means a draft: the story is held, and the editor told.
  const held = front.data ? heldByOtherName(front.data) : undefined;
  const draft = markedDraft(text, front) || stray.draft || held !== undefined;
  // Named as written: YAML's end marker `...` closes front matter as `---` does.
  const fence =
    stray.fenceLine > 0 ? text.split('\n', stray.fenceLine)[stray.fenceLine - 1]!.trim() : '---';
  const strayProblems = stray.fields.map(({ line, field, holds }): Problem => {
    const below = `is below the closing ${fence} (line ${stray.fenceLine}), where it prints as the story's text`;
    const move = `move the line above the closing ${fence}`;
    const message = holds
      ? `${below}: the story is held as a draft all the same (${move})`
      : `${below}, not as its ${field} (${move})`;
    return { file, line, field, message, severity: 'error' };
  });
  const misspelt = misspeltOnUnreadLines(front.problems, front.data);
  if (!front.data)
    return {
      valid: undefined,
      problems: [...front.problems, ...misspelt, ...strayProblems],
      draft,
    };

  const problems: Problem[] = [...front.problems, ...misspelt, ...strayProblems];
  const at = (path: readonly PropertyKey[]) => ({
    file,
    line: front.lineOf(path),
    field: path.join('.'),
  });
  const warn = (path: readonly PropertyKey[], message: string) =>
    problems.push({ ...at(path), message, severity: 'warning' });
  const fail = (path: readonly PropertyKey[], message: string) =>
    problems.push({ ...at(path), message, severity: 'error' });

  const unknown = (data: unknown, known: readonly string[], path: PropertyKey[], lost: Lost) =>
    problems.push(
      ...unknownFieldProblems(file, data, known, path, front.lineOf, lost).map((problem) => {
        // `  draft: true` indented under `image:` by an editor's auto-indent: the story's field.
        const key = (problem.field ?? '').split('.').at(-1)!;
        if (!FRONTMATTER_FIELDS.includes(key)) return problem;
        const group =
          path.length === 1 ? `${String(path[0])}:` : `a ${String(path[0]).replace(/s$/, '')}`;
        const message = `is inside ${group}, so YAML reads it as part of that, not as the story's ${key} (write ${key}: on a line of its own, at the beginning of the line)`;
        return { ...problem, message, severity: 'error' as const };
      }),
    );
  problems.push(
    ...unknownFieldProblems(
      file,
      front.data,
      FRONTMATTER_FIELDS,
      [],
      front.lineOf,
      (field) => `the story is published without its ${FIELD_NOUNS[field] ?? field}`,
      { image: IMAGE_FIELDS },
      OTHER_NAMES,
    ).filter(
      (problem) =>
        problem.field !== held &&
        problem.field !== '<<' &&
        !EMBARGO_NAMES.includes(problem.field ?? ''),
    ),
  );
  if ('<<' in front.data) {
    fail(
      ['<<'],
      "is YAML's merge key, which Dateline does not read (write each field on a line of its own)",
    );
  }
  // `embargo: 2099-01-01` would hold nothing back: a build must not publish the story.
  for (const name of EMBARGO_NAMES.filter((key) => key in front.data!)) {
    const value = front.data[name];
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
  // The schema drops what a group does not know, so `captoin:` in `image:` would vanish silently.
  unknown(
    front.data.image,
    IMAGE_FIELDS,
    ['image'],
    (field) => `the story is published without the photo's ${field}`,
  );
  if (Array.isArray(front.data.corrections)) {
    const lost: Lost = (field) => `the story is published without the correction's ${field}`;
    front.data.corrections.forEach((correction: unknown, i) =>
      unknown(correction, CORRECTION_FIELDS, ['corrections', i], lost),
    );
  }

  // `title: “Storm hits”` pasted from a word processor: YAML's quotes are straight, so these print.
  for (const field of PROSE_FIELDS) {
    const value = front.data[field];
    if (typeof value !== 'string' || !/^[“‘„«].*[”’“»]$/su.test(value.trim())) continue;
    warn(
      [field],
      `is wrapped in typographic quotes (${value.trim()[0]}…${value.trim().at(-1)}), which are printed as part of it (delete them, or keep them if the ${field} is a quotation; YAML's own quotes are straight: "…")`,
    );
  }
  // `tags: [Weather, ""]`: an entry left blank (a CMS row never filled) is left out.
  const lines = text.split('\n');
  for (const field of ['tags', 'author'] as const) {
    const list = front.data[field];
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    list.forEach((entry: unknown, i) => {
      // `- ` with nothing after it (a YAML null) is left out as a blank entry is, in its place.
      if (entry === null) list[i] = entry = '';
      if (typeof entry !== 'string') return;
      if (entry.trim() === '') {
        // `- #Syria`: YAML reads what follows a # as a comment, so the entry is empty.
        const written = /^\s*-\s+(#.*\S)/.exec(lines[front.lineOf([field, i]) - 1] ?? '')?.[1];
        warn(
          [field, i],
          written
            ? `"${written}" is read as a comment, which YAML makes of what follows a #, so the entry is empty and left out (write it without the #: - ${written.replace(/^#+\s*/, '')})`
            : 'is empty and is left out (delete it)',
        );
      }
      // `author: [Jane Doe, Jane Doe]` would print "By Jane Doe and Jane Doe" (tags merge anyway).
      const name = entry.trim();
      if (field === 'author' && name !== '' && seen.has(name))
        warn([field, i], `"${name}" is named twice and is printed once (delete one)`);
      seen.add(name);
    });
  }
  // `title: “Mayor says we will rebuild`: a quotation opened and never closed is printed as is.
  for (const field of PROSE_FIELDS) {
    const value = front.data[field];
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
  // `title: Storm # and flood` reads as "Storm": YAML takes " #" and what follows for a note.
  for (const field of PROSE_FIELDS) {
    const comment = front.comments.get(field);
    if (comment === undefined) continue;
    const cut = `#${comment}`.trimEnd();
    const whole = `${String(front.data[field])} ${cut}`;
    const quoted = whole.includes("'") ? JSON.stringify(whole) : `'${whole}'`;
    fail(
      [field],
      `loses "${cut}": YAML reads " #" and what follows as a note, not text (put the value in quotes: ${field}: ${quoted})`,
    );
  }

  const parsed = frontmatterSchema.safeParse(front.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (!toldAlready(issue.path, front, OTHER_NAMES)) fail(issue.path, issue.message);
    }
  }
  // Checked on the raw values, so a file with other errors still hears about this one.
  const { date, updated } = front.data;
  if (typeof date === 'string' && typeof updated === 'string') {
    const [d, u] = [parseDateValue(date), parseDateValue(updated)];
    if (d.ok && u.ok && !isOnOrAfter(u.value, d.value, settings.timeZone)) {
      fail(
        ['updated'],
        `"${updated}" is before date "${date}" (updated must not be earlier than date)`,
      );
    }
  }
  const { corrections } = front.data;
  if (typeof date === 'string' && Array.isArray(corrections)) {
    const d = parseDateValue(date);
    corrections.forEach((correction: unknown, i) => {
      const value = (correction as { date?: unknown } | null)?.date;
      if (typeof value !== 'string' || !d.ok) return;
      const c = parseDateValue(value);
      if (c.ok && !isOnOrAfter(c.value, d.value, settings.timeZone)) {
        fail(
          ['corrections', i, 'date'],
          `"${value}" is before date "${date}" (a correction comes after the story)`,
        );
      }
    });
  }
  // `tags: #Syria`: YAML reads what follows a # as a comment, so the field is empty.
  const commented = new Set<string>();
  for (const [field, value] of Object.entries(front.data)) {
    if (value !== null) continue;
    const line = lines[front.lineOf([field]) - 1] ?? '';
    const written = /^[^:]+:\s+(#.*\S)/.exec(line)?.[1];
    if (!written) continue;
    commented.add(field);
    const bare = written.replace(/^#+\s*/, '');
    warn(
      [field],
      `is empty: "${written}" is read as a comment, which YAML makes of what follows a # (write it without the #: ${field}: ${field === 'tags' ? `[${bare}]` : bare})`,
    );
  }
  // A draft may hold `npm run new`'s placeholders; a story going out must not (checked on the
  // raw values, so a file with other errors hears about them in the same report).
  if (front.data.draft !== true) {
    const { summary } = front.data;
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
      const value = front.data[field];
      // `image: ""` is told as not being a group of fields.
      const blankText = typeof value === 'string' && value.trim() === '' && field !== 'image';
      if ((value !== null && !blankText) || commented.has(field)) continue;
      const line = front.lineOf([field]);
      const toldBelow = (problem: Problem) =>
        problem.line === line + 1 && problem.severity === 'error';
      if (!problems.some(toldBelow)) warn([field], fix);
    }
    // `image:` with its lines left to fill in (`src:`, `alt:`): no photo, and an alt text unseen.
    const image = front.data.image as Record<string, unknown> | null | undefined;
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
    const line = placeholderLine(text);
    if (line !== undefined) {
      problems.push({
        file,
        line,
        field: 'body',
        message: `still holds the placeholder "${PLACEHOLDER_BODY}" (write the story in place of the placeholder)`,
        severity: 'error',
      });
    }
  }
  // Warnings read the raw values, so a file with errors hears them in the same report.
  // `author: Jane Doe, Sam Roe` is one person to YAML: one byline, one profile looked for.
  const { author, summary: given, title } = front.data;
  const titleLength = typeof title === 'string' ? [...title.trim().normalize('NFC')].length : 0;
  if (titleLength > TITLE_WARN_LENGTH) {
    warn(
      ['title'],
      `is ${titleLength} characters long: search results and shared links cut it short, and a headline reads best in a line or two (keep it under ${TITLE_WARN_LENGTH}; the rest belongs in the summary or the story)`,
    );
  }
  if (typeof author === 'string' && /[,;] | and | & /.test(author)) {
    const names = author.split(/[,;] (?:and )?| and | & /).map((name) => name.trim());
    warn(
      ['author'],
      `"${author}" is one name; for a story by ${names.length} people, write author: [${names.join(', ')}]`,
    );
  }
  if (typeof given === 'string' && given.length > SUMMARY_WARN_LENGTH) {
    warn(
      ['summary'],
      `is ${given.length} characters long (keep it under ${SUMMARY_WARN_LENGTH}: one or two sentences)`,
    );
  }
  if (bytes.length > LARGE_FILE_BYTES) {
    problems.push({
      file,
      field: 'size',
      message: `is ${(bytes.length / 1_000_000).toFixed(1)} MB (an article over ${LARGE_FILE_BYTES / 1_000_000} MB is slow to build and to read: split it, or move tables and data out)`,
      severity: 'warning',
    });
  }
  // `# <the headline>` pasted above the story: printed twice, and taken as the summary.
  const split = splitFrontmatter(text);
  if (split.kind === 'found' && typeof title === 'string') {
    const index = repeatedHeadline(split.body, title);
    if (index !== undefined)
      problems.push({
        file,
        line: split.bodyLine + index,
        field: 'body',
        message:
          'begins with the headline again, which the page prints above the story already, so readers would see it twice (delete the line)',
        severity: 'warning',
      });
  }
  if (isBlankMarkdown(bodyOf(text))) {
    problems.push({
      file,
      ...(split.kind === 'found' && { line: split.bodyLine - 1 }),
      field: 'body',
      message: 'is empty (write the story below the closing ---)',
      severity: 'warning',
    });
  }
  if (!parsed.success || front.problems.length > 0) {
    // A draft stays one where YAML lost the line (see markedDraft), for the checks across files.
    const fields = {
      ...salvageFields(front.data, front.unreadable, file),
      ...(draft && { draft }),
    };
    const slug = fields.slug ?? slugFromFileName(basename(file));
    const salvaged = slug ? checkable(file, text, fields, slug, front.lineOf, settings) : undefined;
    return { valid: undefined, salvaged, problems, draft };
  }

  const fields = parsed.data;
  const slug = fields.slug ?? slugFromFileName(basename(file));
  if (!slug) {
    problems.push({
      file,
      line: 1,
      field: 'slug',
      message: `cannot be made from the file name "${basename(file)}" (add slug: with a-z, 0-9 and hyphens)`,
      severity: 'error',
    });
    return { valid: undefined, problems, draft };
  }
  return { valid: checkable(file, text, fields, slug, front.lineOf, settings), problems, draft };
}

/** Fields whose words readers see, where text cut at " #" would go out wrong. */
const PROSE_FIELDS = ['title', 'summary', 'author', 'source'] as const;

/** Fields a story goes out without when they are left blank, and what to write in them. */
const LEFT_BLANK: Readonly<Record<string, string>> = {
  author:
    'is empty, so the story has no byline (write who wrote it: author: Jane Doe, or delete the line)',
  source:
    'is empty, so the story names no source (write where it came from: source: AP, or delete the line)',
  image:
    'is empty, so the story has no lead photo (put the photo beside the story and give it under image: as src: ./photo.jpg and alt: …, or delete the line)',
};

/** What a field gives a story, where its name does not say it in words: `author` is its byline. */
const FIELD_NOUNS: Readonly<Record<string, string>> = {
  updated: 'update time',
  author: 'byline',
  image: 'photo',
  lang: 'language',
  translationOf: 'link to its original',
  aliases: 'old addresses',
  slug: 'own address',
};

/** What goes missing without a field: `the story is published without its byline`. */
export type Lost = (field: string) => string;

/**
 * A misspelt name on a line YAML could not read (`authr:` and a pasted non-breaking space): told
 * with that line's mistake, not in the round after its fix.
 */
function misspeltOnUnreadLines(
  told: readonly Problem[],
  data: Record<string, unknown> | undefined,
): Problem[] {
  return told.flatMap((problem): Problem[] => {
    const name = problem.field ?? '';
    if (
      !/^[A-Za-z_][\w-]*$/.test(name) ||
      FRONTMATTER_FIELDS.includes(name) ||
      (data && name in data)
    )
      return [];
    const near = didYouMean(name, FRONTMATTER_FIELDS);
    if (!near || problem.severity !== 'error') return [];
    const message = `is not a known field either: did you mean ${near}? (rename it ${near}:)`;
    return [{ ...problem, message }];
  });
}

/**
 * The fields of a group (the front matter, `image:`, a correction) its schema does not know. A
 * name a typo away from a known field is that field misspelt, an error: published as it is, the
 * story would go out without it (no byline for `auhtor:`). Any other name is the editor's own
 * note, a warning. `lost` says what goes missing without a field (`the story is published without its byline`).
 */
export function unknownFieldProblems(
  file: string,
  data: unknown,
  known: readonly string[],
  path: readonly PropertyKey[],
  lineOf: (path: readonly PropertyKey[]) => number,
  lost: Lost,
  groups: Readonly<Record<string, readonly string[]>> = {},
  otherNames: Readonly<Record<string, string>> = {},
): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  return Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((key): Problem => {
      const at = { file, line: lineOf([...path, key]), field: [...path, key].join('.') };
      // `draft:` with a zero-width space pasted before it reads as another name to YAML.
      if (showInvisible(key) !== key) {
        const message = `has an invisible character in its name, "${showInvisible(key)}" (delete the start of the line and type the name again)`;
        return {
          ...at,
          field: [...path, key.replace(INVISIBLE, '')].join('.'),
          message,
          severity: 'error',
        };
      }
      // `　src:` indented with a full-width space: YAML reads the space as part of the name.
      const wide = /^[\u3000\u00a0]+|[\u3000\u00a0]+$/.exec(key);
      if (wide) {
        const kind = wide[0].startsWith('\u3000')
          ? 'a full-width space (typed with a Chinese or Japanese keyboard)'
          : 'a non-breaking space (pasted from a word processor or a web page)';
        const name = key.replace(/^[\u3000\u00a0]+|[\u3000\u00a0]+$/g, '');
        // A field of the story starts at the beginning of the line; one inside a group is indented.
        const fix =
          wide.index > 0
            ? `delete the space between ${name} and its colon`
            : path.length === 0 && !Object.values(groups).some((fields) => fields.includes(name))
              ? `delete the spaces before ${name}: it starts at the beginning of the line`
              : `delete the spaces before ${name} and indent it again with the space bar${wide[0].startsWith('\u3000') ? ' in Latin input' : ''}`;
        const message = `has ${kind} in its name, which YAML reads as part of the name, not as a space (${fix})`;
        return { ...at, field: [...path, name].join('.'), message, severity: 'error' };
      }
      // `image:` left empty, its `src:` and `alt:` below it at the start of the line.
      const group = Object.keys(groups).find(
        (name) => record[name] === null && groups[name]!.includes(key),
      );
      if (group) {
        const message = `is not indented under ${group}:, so ${group}: is empty (indent it by two spaces, or ${lost(group)})`;
        return { ...at, message, severity: 'error' };
      }
      const other = Object.hasOwn(otherNames, key) ? otherNames[key] : undefined;
      if (other && known.includes(other) && !(other in record)) {
        const message = `is what other tools call ${other}: (rename it ${other}:, or ${lost(other)})`;
        return { ...at, message, severity: 'error' };
      }
      const near = didYouMean(key, known);
      if (near && near in record) {
        const message = `is not a known field: did you mean ${near}? (${near}: is on line ${lineOf([...path, near])} already: keep one of the two)`;
        return { ...at, message, severity: 'error' };
      }
      if (near) {
        // Not "published without its draft": a `Draft: true` line holds the story (see markedDraft).
        const or = near === 'draft' ? '' : `, or ${lost(near)}`;
        const message = `is not a known field: did you mean ${near}? (rename it ${near}:${or})`;
        return { ...at, message, severity: 'error' };
      }
      // `summary: The storm` then `hit the coast: officials said` at the start of the next line.
      const above = Object.keys(record).find(
        (other) =>
          known.includes(other) &&
          typeof record[other] === 'string' &&
          // Prose: words, not a date or a slug, which no editor wraps.
          /\s/.test(record[other]) &&
          lineOf([...path, other]) === at.line - 1,
      );
      if (above && typeof record[key] === 'string') {
        const whole = `${String(record[above])} ${key}: ${record[key]}`;
        const fix = `put the whole ${above} on one line, in quotes: ${above}: ${quoted(whole)}`;
        // A note's name is a word; one with spaces is surely words of the value above.
        return /\s/.test(key)
          ? {
              ...at,
              message: `reads to YAML as a field, cutting ${above}: short on line ${at.line - 1} (${fix})`,
              severity: 'error',
            }
          : {
              ...at,
              message: `is not a known field and is ignored (if it goes on with ${above}: on line ${at.line - 1}, ${fix})`,
              severity: 'warning',
            };
      }
      return {
        ...at,
        message: `is not a known field and is ignored (known fields: ${known.join(', ')})`,
        severity: 'warning',
      };
    });
}

/** A file's article, with the lines of the fields checked after validation. */
function checkable(
  file: string,
  text: string,
  fields: Frontmatter,
  slug: string,
  lineOf: (path: readonly PropertyKey[]) => number,
  settings: ParseSettings,
): ValidArticle {
  const imageLine = fields.image?.src ? lineOf(['image', 'src']) : undefined;
  const translationLine = fields.translationOf ? lineOf(['translationOf']) : undefined;
  const correctionLines = fields.corrections?.map((_, i) => lineOf(['corrections', i, 'date']));
  const aliasesLine = fields.aliases ? lineOf(['aliases']) : undefined;
  const slugLine = fields.slug ? lineOf(['slug']) : undefined;
  const lang = (fields.lang && canonicalLang(fields.lang)) ?? settings.lang ?? DEFAULT_LANG;
  const titleLine = lineOf(['title']);
  const dateLine = lineOf(['date']);
  const updatedLine = fields.updated ? lineOf(['updated']) : undefined;
  const { author } = fields;
  const authorLines =
    typeof author === 'string'
      ? [lineOf(['author'])]
      : author?.map((_, i) => lineOf(['author', i]));
  const lines = {
    imageLine,
    translationLine,
    titleLine,
    dateLine,
    updatedLine,
    correctionLines,
    aliasesLine,
    slugLine,
    authorLines,
  };
  return { file, fields, slug, text, lang, ...lines };
}

/** A date no story has, standing in for one that did not pass: a salvaged file is never published. */
const STAND_IN_DATE = '1970-01-01';

/**
 * The fields of a file with errors that pass on their own, with stand-ins for a title and date
 * that do not; a lead image whose other parts fail keeps its `src`, so its photo is still checked.
 */
function salvageFields(
  data: Record<string, unknown>,
  unreadable: ReadonlySet<string>,
  file: string,
): Frontmatter {
  const kept: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(frontmatterSchema.shape)) {
    if (unreadable.has(key)) continue;
    const result = (schema as z.ZodType).safeParse(data[key]);
    if (result.success && result.data !== undefined) kept[key] = result.data;
  }
  // Which story a translation belongs to is checked by language: not with a stand-in for one.
  if (data.lang !== undefined && kept.lang === undefined) delete kept.translationOf;
  // Each correction kept in its place, with stand-ins for a bad date or text, so one bad entry
  // does not hide a later one dated in the future (checks.ts), nor shift its line and number.
  if (!unreadable.has('corrections') && Array.isArray(data.corrections) && !kept.corrections) {
    kept.corrections = data.corrections.map((entry: unknown) => {
      const { date, text } = (entry ?? {}) as { date?: unknown; text?: unknown };
      const dateOk = typeof date === 'string' && parseDateValue(date).ok;
      return { date: dateOk ? date : STAND_IN_DATE, text: typeof text === 'string' ? text : '' };
    });
  }
  const image = data.image as { src?: unknown } | null | undefined;
  if (!kept.image && typeof image?.src === 'string' && imageSrc.safeParse(image.src).success) {
    kept.image = { src: image.src, alt: '' };
  }
  return {
    ...kept,
    title: (kept.title as string | undefined) ?? basename(file),
    date: (kept.date as string | undefined) ?? STAND_IN_DATE,
  } as Frontmatter;
}

/** The file line of `npm run new`'s placeholder body, when the body still holds it. */
function placeholderLine(text: string): number | undefined {
  const split = splitFrontmatter(text);
  if (split.kind !== 'found') return undefined;
  const index = split.body.split('\n').findIndex((line) => line.includes(PLACEHOLDER_BODY));
  return index === -1 ? undefined : split.bodyLine + index;
}
