/**
 * One article file checked without rendering its body: its front matter read and validated,
 * its slug and language settled, everything wrong with it found.
 */
import { basename } from 'node:path';
import { parseDateValue } from '../lib/dates.ts';
import { deskNotesInSlug, slugWithout } from '../lib/deskNotes.ts';
import { DEFAULT_LANG, canonicalLang } from '../lib/languages.ts';
import type { Problem } from '../lib/problems.ts';
import { fitsScript, likelyLang, writtenScript } from '../lib/scripts.ts';
import { STRINGS } from '../lib/strings.ts';
import { storySlug } from '../lib/slugs.ts';
import { decodeText, notUtf8Message } from '../lib/utf8.ts';
import type { z } from 'astro/zod';
import {
  CORRECTION_FIELDS,
  FRONTMATTER_FIELDS,
  type Frontmatter,
  IMAGE_FIELDS,
  frontmatterSchema,
  imageSrc,
} from './articleSchema.ts';
import { bodyProblems, placeholderProblems } from './bodyChecks.ts';
import {
  type FieldCheckInput,
  type Tell,
  commentedValues,
  typedNull,
  typedNullMessage,
  cutAtComments,
  datesInOrder,
  deskNotesInFields,
  fieldsReadAsNothing,
  invisibleCharacters,
  leftBlank,
  lengthsAndNames,
  listEntries,
  markupInProse,
  repeatedCorrections,
  typographicQuotes,
  unclosedQuotations,
} from './fieldChecks.ts';
import { bodyOf, readFrontmatter, splitFrontmatter, toldAlready } from './frontmatter.ts';
import { EMBARGO_NAMES, OTHER_NAMES, heldByOtherName } from './otherNames.ts';
import { strayFields } from './strayFields.ts';
import { type Lost, misspeltOnUnreadLines, unknownFieldProblems } from './unknownFields.ts';
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
  /** The line of each tag, in its order, for the check across stories (see nearTags). */
  tagLines?: number[] | undefined;
}

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
  /^[ \t\u200B\u2060\uFEFF]*(?:-[ \t]+)?drafts?[ \t\u200B]*[:\uff1a\ufe55\ufe13][ \t\u00a0]*(["']?)(?:true|yes|y|on|1)\1[ \t\u00a0\u200B]*(?:#.*)?$/im;

/** `draft: true` inside braces (`image: {src: …, draft: true}`, `<<: {draft: true}`). */
const DRAFT_IN_BRACES =
  /[{,][ \t]*["']?draft["']?[ \t]*:[ \t]*["']?(?:true|yes|y|on|1)["']?[ \t]*[,}]/i;

/**
 * Whether a file's front matter marks it a draft: by its `draft:` field, or by any line that
 * says so where YAML could not read it or read it as part of another field.
 */
function markedDraft(text: string, front: ReturnType<typeof readFrontmatter>): boolean {
  if (front.data?.draft === true && !front.unreadable.has('draft')) return true;
  // `draft:` left blank: a line half edited, held rather than guessed to mean "publish".
  if (front.data && 'draft' in front.data && front.data.draft === null) return true;
  // `draft: "true"`, `draft: y`, `draft: 1` or a block of lines holding `true`: not YAML's
  // true, meant all the same (as `on` and `yes` are).
  const { draft } = front.data ?? {};
  if (draft === 1) return true;
  if (typeof draft === 'string' && /^(?:true|yes|y|on|1)$/i.test(draft.trim())) return true;
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
    const message = notUtf8Message(bytes, decoded);
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
  const input: FieldCheckInput = {
    data: front.data,
    lines: text.split('\n'),
    lineOf: front.lineOf,
    comments: front.comments,
    timeZone: settings.timeZone,
  };
  const tell: Tell = { warn, fail };
  fieldsReadAsNothing(input, tell, held);
  if (front.data.draft === null) {
    warn(
      ['draft'],
      'is empty, and holds the story back all the same (write draft: true to keep it held, or delete the line to publish it)',
    );
  }
  // The schema drops what a group does not know, so `captoin:` in `image:` would vanish silently.
  unknown(
    front.data.image,
    IMAGE_FIELDS,
    ['image'],
    (field) => `the story is published without the photo's ${field}`,
  );
  // `- 2026-12-05: The closure ends Friday`: one entry told once, not as a field and two missing.
  const oneLine = new Set<number>();
  if (Array.isArray(front.data.corrections)) {
    const lost: Lost = (field) => `the story is published without the correction's ${field}`;
    front.data.corrections.forEach((correction: unknown, i) => {
      const [date, text] = dateWithText(correction) ?? [];
      if (date === undefined)
        return unknown(correction, CORRECTION_FIELDS, ['corrections', i], lost);
      oneLine.add(i);
      fail(
        ['corrections', i],
        `"${date}: ${text}" is read as one field named ${date}, so the correction has no date or text (write it on two lines: - date: ${date} and, below date: and lined up with it, text: ${text})`,
      );
    });
  }

  typographicQuotes(input, tell);
  invisibleCharacters(input, tell);
  listEntries(input, tell);
  unclosedQuotations(input, tell);
  cutAtComments(input, tell);

  const parsed = frontmatterSchema.safeParse(front.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [group, index] = issue.path;
      if (group === 'corrections' && oneLine.has(Number(index))) continue;
      if (toldAlready(issue.path, front, OTHER_NAMES)) continue;
      const word = typedNull(input, issue.path);
      fail(issue.path, word ? typedNullMessage(String(group), word) : issue.message);
    }
  }
  datesInOrder(input, tell);
  repeatedCorrections(input, tell);
  const commented = commentedValues(input, tell);
  // A draft may hold `npm run new`'s placeholders and lines left to fill in; a story going out
  // must not.
  if (front.data.draft !== true) {
    const erred = (line: number) =>
      problems.some((problem) => problem.line === line && problem.severity === 'error');
    leftBlank(input, tell, commented, erred);
    problems.push(...placeholderProblems(file, text));
  }
  lengthsAndNames(input, tell);
  deskNotesInFields(input, tell);
  markupInProse(input, tell);
  problems.push(...bodyProblems(file, text, bytes.length, front.data.title, !draft));
  if (!parsed.success || front.problems.length > 0) {
    // A draft stays one where YAML lost the line (see markedDraft), for the checks across files.
    const fields = {
      ...salvageFields(front.data, front.unreadable, file),
      ...(draft && { draft }),
    };
    const slug = storySlug(fields.slug, file);
    const salvaged = slug ? checkable(file, text, fields, slug, front.lineOf, settings) : undefined;
    return { valid: undefined, salvaged, problems, draft };
  }

  // Held as a draft is: the record itself says so, for every page and check that reads it.
  const fields = front.data.draft === null ? { ...parsed.data, draft: true } : parsed.data;
  const slug = storySlug(fields.slug, file);
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
  const inSlug = slugNoteProblem(
    file,
    slug,
    fields.title,
    fields.slug ? front.lineOf(['slug']) : undefined,
  );
  if (inSlug) problems.push(inSlug);
  const valid = checkable(file, text, fields, slug, front.lineOf, settings);
  const siteLang = settings.lang ?? DEFAULT_LANG;
  const script = scriptProblem(valid, bodyOf(text), front.lineOf(['lang']), siteLang);
  if (script) problems.push(script);
  return { valid, problems, draft };
}

/** Language names in the checks' messages: `ar` is Arabic. */
const languageName = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * A story written in one script and marked (or left, by the site's language) as a language that
 * is not written in it: Arabic text as English, English text as `lang: ar`.
 */
function scriptProblem(
  article: ValidArticle,
  body: string,
  langLine: number,
  siteLang: string,
): Problem | undefined {
  const { fields, lang, file, titleLine } = article;
  // What a reader reads: the words, not code, a link's address, a photo's file name, or a
  // passage the editor marked in its own language (`<p lang="ar">`).
  const words = [fields.title, fields.summary ?? '', body.slice(0, 4000)]
    .join('\n\n')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/^(?: {4}|\t).*$/gm, ' ')
    .replace(/<(\w+)[^>]*\slang=[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>|\]\([^)]*\)|https?:\/\/\S+|`[^`]*`/g, ' ');
  const script = writtenScript(words);
  if (script === undefined || fitsScript(lang, script)) return undefined;
  const name = languageName.of(lang) ?? lang;
  const marked = fields.lang ? `lang: ${fields.lang}` : "the site's language";
  const where = script === 'Latin' ? 'Latin letters' : `${script} script`;
  const codes = Object.keys(STRINGS);
  const fitting = codes.filter((code) => fitsScript(code, script));
  const likely = likelyLang(script);
  const fix =
    fields.lang && fitsScript(siteLang, script)
      ? `delete lang: for the site's language, ${languageName.of(siteLang) ?? siteLang}`
      : fitting.length > 0
        ? `write ${fitting.map((code) => `lang: ${code}`).join(' or ')}, the story's language`
        : `the site has no words for ${likely ? (languageName.of(likely) ?? likely) : `a language in ${where}`} yet (its languages: ${codes.join(', ')}): a developer adds one in src/lib/strings.ts${likely ? `, then write lang: ${likely}` : ''}`;
  return {
    file,
    line: fields.lang ? langLine : titleLine,
    field: 'lang',
    message: `the story is written in ${where}, and is marked as ${name} (${marked}): screen readers would read it out as ${name}, and it would be filed with the ${name} stories (${fix})`,
    severity: 'warning',
  };
}

/**
 * `harbour-wall-repaired-tk`: a note for the desk in the headline a slug was made from, which
 * readers see in the address, and which stays there when the headline is finished.
 */
function slugNoteProblem(
  file: string,
  slug: string,
  title: string,
  line: number | undefined,
): Problem | undefined {
  const notes = deskNotesInSlug(slug, title);
  if (notes.length === 0) return undefined;
  const clean = slugWithout(slug, notes);
  const fix = line
    ? `write slug: ${clean}`
    : `rename the file ${clean}.md, or write slug: ${clean}`;
  const made = line ? '' : ', made from the file name,';
  return {
    file,
    line,
    field: 'slug',
    message: `"${slug}"${made} holds "${notes[0]}", a note for the desk, which readers see in the story's address (${fix})`,
    severity: 'warning',
  };
}

/**
 * A correction written as a date and its text in one line (`- 2026-12-05: The closure ends`),
 * which YAML reads as one field named by the date: the date and the text, or undefined.
 */
function dateWithText(correction: unknown): [string, string] | undefined {
  if (correction === null || typeof correction !== 'object' || Array.isArray(correction))
    return undefined;
  const entries = Object.entries(correction);
  if (entries.length !== 1) return undefined;
  const [[key, value]] = entries as [[string, unknown]];
  if (!/^\d{4}-\d{1,2}-\d{1,2}([T ][\d:.]+(Z|[+-][\d:]+)?)?$/.test(key.trim())) return undefined;
  return typeof value === 'string' || typeof value === 'number'
    ? [key.trim(), String(value)]
    : undefined;
}

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
  const tagLines = fields.tags?.map((_, i) => lineOf(['tags', i]));
  const lines = {
    tagLines,
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
