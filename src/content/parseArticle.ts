import { basename } from 'node:path';
import { isOnOrAfter, mustParseDate, parseDateValue, sortTime } from '../lib/dates.ts';
import { canonicalLang, editionBase, editionKey } from '../lib/editions.ts';
import { deriveSummary, normalizeSpace } from '../lib/excerpt.ts';
import type { Problem } from '../lib/problems.ts';
import { slugFromFileName } from '../lib/slugs.ts';
import { topicKey } from '../lib/topics.ts';
import { didYouMean } from '../lib/suggest.ts';
import { readingMinutes } from '../lib/text.ts';
import { isRelativeImage, photoKey } from '../lib/photos.ts';
import { articlePath, pathUnderBase } from '../lib/urls.ts';
import { decodeText } from '../lib/utf8.ts';
import {
  type Article,
  FRONTMATTER_FIELDS,
  type Frontmatter,
  frontmatterSchema,
} from './articleSchema.ts';
import { type StoredBody, bodyKey } from './bodyStore.ts';
import { bodyOf, readFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { BodyError, MAX_NESTING, type RenderedBody, renderBody } from './markdown.ts';

/** The settings an article record depends on. */
export interface ParseSettings {
  /** The site's base path, for the article's URL. */
  base: string;
  /** The site's time zone, for comparing calendar dates with date-times. */
  timeZone: string;
  /** The site's language: an article's own when it gives none; English when absent. */
  lang?: string | undefined;
}

/** The language of a site whose settings give none. */
const DEFAULT_LANG = 'en';

/** A longer given summary is flagged: it will not fit a search result or a feed reader's line. */
export const SUMMARY_WARN_LENGTH = 300;

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
}

/** A file larger than this is flagged: it is slow to build and to read (one of 5 MB took 8 s and 1 GB). */
export const LARGE_FILE_BYTES = 1_000_000;

/** One file's validation: the valid article when it had no errors, and everything worth telling. */
export interface ValidationResult {
  valid: ValidArticle | undefined;
  problems: Problem[];
}

/** A rendered article: its record, and the body the record names by digest. */
export interface RenderedArticle {
  article: Article;
  body: StoredBody;
}

/** One file's outcome: its record and body when it had no errors, and everything worth telling. */
export interface ParseResult {
  article: Article | undefined;
  body: StoredBody | undefined;
  problems: Problem[];
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
    const problem: Problem = { file, line: decoded.line, field: 'encoding', message, severity: 'error' };
    return { valid: undefined, problems: [problem] };
  }
  const text = decoded.text;
  const front = readFrontmatter(text, file);
  if (!front.data) return { valid: undefined, problems: front.problems };

  const problems: Problem[] = [...front.problems];
  const at = (path: readonly PropertyKey[]) => ({
    file,
    line: front.lineOf(path),
    field: path.join('.'),
  });
  const warn = (path: readonly PropertyKey[], message: string) =>
    problems.push({ ...at(path), message, severity: 'warning' });
  const fail = (path: readonly PropertyKey[], message: string) =>
    problems.push({ ...at(path), message, severity: 'error' });

  for (const key of Object.keys(front.data)) {
    if (FRONTMATTER_FIELDS.includes(key)) continue;
    const near = didYouMean(key, FRONTMATTER_FIELDS);
    const hint = near ? `did you mean ${near}?` : `known fields: ${FRONTMATTER_FIELDS.join(', ')}`;
    warn([key], `is not a known field and is ignored (${hint})`);
  }

  const parsed = frontmatterSchema.safeParse(front.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // A field YAML could not read is already reported; "is required" would only repeat it.
      if (!front.unreadable.has(String(issue.path[0]))) fail(issue.path, issue.message);
    }
  }
  // Checked on the raw values, so a file with other errors still hears about this one.
  const { date, updated } = front.data;
  if (typeof date === 'string' && typeof updated === 'string') {
    const [d, u] = [parseDateValue(date), parseDateValue(updated)];
    if (d.ok && u.ok && !isOnOrAfter(u.value, d.value, settings.timeZone)) {
      fail(['updated'], `"${updated}" is before date "${date}" (updated must not be earlier than date)`);
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
        fail(['corrections', i, 'date'], `"${value}" is before date "${date}" (a correction comes after the story)`);
      }
    });
  }
  if (!parsed.success || front.problems.length > 0) return { valid: undefined, problems };

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
    return { valid: undefined, problems };
  }
  if (fields.summary && fields.summary.length > SUMMARY_WARN_LENGTH) {
    warn(
      ['summary'],
      `is ${fields.summary.length} characters long (keep it under ${SUMMARY_WARN_LENGTH}: one or two sentences)`,
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
  if (isBodyEmpty(bodyOf(text))) {
    problems.push({
      file,
      field: 'body',
      message: 'is empty (write the story below the closing ---)',
      severity: 'warning',
    });
  }
  const imageLine = fields.image?.src ? front.lineOf(['image', 'src']) : undefined;
  const translationLine = fields.translationOf ? front.lineOf(['translationOf']) : undefined;
  const lang = (fields.lang && canonicalLang(fields.lang)) ?? settings.lang ?? DEFAULT_LANG;
  return { valid: { file, fields, slug, text, imageLine, lang, translationLine }, problems };
}

/** Turns one markdown file's bytes into a validated, sanitised article record. */
export async function parseArticle(
  file: string,
  bytes: Uint8Array,
  settings: ParseSettings,
): Promise<ParseResult> {
  const { valid, problems } = validateArticle(file, bytes, settings);
  if (!valid) return { article: undefined, body: undefined, problems };
  const rendered = await renderArticle(valid, settings);
  if ('problem' in rendered) {
    return { article: undefined, body: undefined, problems: [...problems, rendered.problem] };
  }
  return { ...rendered, problems };
}

/** A file whose body could not be rendered: one problem naming it. */
export interface RenderFailure {
  problem: Problem;
}

/**
 * Renders a validated file's body and assembles its record, which names the body by digest.
 * Any failure is a problem naming the file, never an error that stops the build unexplained.
 */
export async function renderArticle(
  valid: ValidArticle,
  settings: ParseSettings,
): Promise<RenderedArticle | RenderFailure> {
  const split = splitFrontmatter(valid.text);
  const bodyLine = split.kind === 'found' ? split.bodyLine : 1;
  try {
    const rendered = await renderBody(bodyOf(valid.text), settings.base, valid.lang, valid.file);
    // A photo in the body needs words for readers who cannot see it, as a lead photo does.
    const blind = rendered.photos.find((photo) => photo.alt === '');
    if (blind) {
      throw new BodyError(
        `![](${blind.src}) has no alt text (describe the picture: ![Waves over the sea wall](${blind.src}))`,
        blind.line,
      );
    }
    return assemble(valid, settings, rendered, bodyLine);
  } catch (error) {
    const problem: Problem = { file: valid.file, field: 'body', severity: 'error', message: '' };
    if (error instanceof BodyError) {
      problem.message = error.message;
      if (error.line) problem.line = bodyLine + error.line - 1;
    } else if (error instanceof RangeError) {
      problem.message = `is nested too deeply to render (at most ${MAX_NESTING} levels of quotes, lists or elements)`;
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      problem.message = `could not be rendered: ${reason.split('\n')[0]} (simplify the markup near it)`;
    }
    return { problem };
  }
}

/** The record of a rendered article. */
function assemble(
  valid: ValidArticle,
  settings: ParseSettings,
  rendered: RenderedBody,
  bodyLine: number,
): RenderedArticle {
  const { fields, slug, file } = valid;
  const siteLang = settings.lang ?? DEFAULT_LANG;
  const body: StoredBody = {
    html: rendered.html,
    photos: rendered.photos.map(({ key, alt, title }) => ({ key, alt, title })),
  };
  const article: Article = {
    slug,
    url: articlePath(slug, editionBase(settings.base, editionKey(valid.lang, siteLang))),
    lang: valid.lang,
    translationOf: fields.translationOf,
    title: fields.title,
    date: fields.date.trim(),
    updated: fields.updated?.trim(),
    summary: fields.summary?.trim()
      ? normalizeSpace(fields.summary)
      : deriveSummary(rendered.firstParagraph),
    authors: toList(fields.author),
    source: fields.source?.trim() || undefined,
    tags: uniqueTags(fields.tags ?? []),
    image: leadImage(fields.image, settings.base, file),
    draft: fields.draft ?? false,
    featured: fields.featured ?? false,
    corrections: (fields.corrections ?? [])
      .map((correction) => ({ date: correction.date.trim(), text: normalizeSpace(correction.text) }))
      .sort((a, b) => sortTime(mustParseDate(a.date), settings.timeZone) - sortTime(mustParseDate(b.date), settings.timeZone)),
    aliases: [...new Set(fields.aliases ?? [])],
    headings: rendered.headings,
    photos: rendered.photos.map((photo) => ({
      key: photo.key,
      src: photo.src,
      line: photo.line === undefined ? undefined : bodyLine + photo.line - 1,
    })),
    body: bodyKey(body),
    readingMinutes: readingMinutes(rendered.text),
    filePath: file,
  };
  return { article, body };
}

/** Whether a body holds nothing but white space and HTML comments. */
function isBodyEmpty(body: string): boolean {
  return body.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}

/**
 * The lead image with a site path moved under the base path, or a photo beside the article
 * named by its key; `undefined` when it is empty.
 */
function leadImage(image: Frontmatter['image'], base: string, file: string): Article['image'] {
  if (!image || !Object.values(image).some(Boolean)) return undefined;
  const { src, ...rest } = image;
  if (src && isRelativeImage(src)) return { ...rest, photo: photoKey(file, src) };
  return { ...rest, src: src?.startsWith('/') ? pathUnderBase(base, src) : src };
}

/** A byline as a list: one name, a list of names, or none. */
function toList(author: string | string[] | undefined): string[] {
  const names = typeof author === 'string' ? [author] : (author ?? []);
  return names.map((name) => name.trim()).filter(Boolean);
}

/** Tags trimmed, empties dropped, first spelling kept when two are one topic (see topicKey). */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = normalizeSpace(tag);
    const key = topicKey(clean);
    if (clean && !seen.has(key)) seen.set(key, clean);
  }
  return [...seen.values()];
}
