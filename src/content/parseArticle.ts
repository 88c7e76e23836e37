import { basename } from 'node:path';
import { isOnOrAfter, parseDateValue } from '../lib/dates.ts';
import { deriveSummary, normalizeSpace } from '../lib/excerpt.ts';
import type { Problem } from '../lib/problems.ts';
import { slugFromFileName } from '../lib/slugs.ts';
import { countWords, readingMinutes } from '../lib/text.ts';
import { articlePath, pathUnderBase } from '../lib/urls.ts';
import { decodeText } from '../lib/utf8.ts';
import {
  type Article,
  FRONTMATTER_FIELDS,
  type Frontmatter,
  frontmatterSchema,
} from './articleSchema.ts';
import { readFrontmatter } from './frontmatter.ts';
import { renderBody } from './markdown.ts';

/** The settings an article record depends on. */
export interface ParseSettings {
  /** The site's base path, for the article's URL. */
  base: string;
  /** The site's time zone, for comparing calendar dates with date-times. */
  timeZone: string;
}

/** One file's outcome: its record when it had no errors, and everything worth telling. */
export interface ParseResult {
  article: Article | undefined;
  problems: Problem[];
}

/** Turns one markdown file's bytes into a validated, sanitised article record. */
export async function parseArticle(
  file: string,
  bytes: Uint8Array,
  settings: ParseSettings,
): Promise<ParseResult> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const message = `byte ${decoded.byteOffset} (column ${decoded.column}) is not valid UTF-8 (save the file as UTF-8)`;
    return { article: undefined, problems: [{ file, line: decoded.line, field: 'encoding', message, severity: 'error' }] };
  }
  const text = decoded.text;
  const front = readFrontmatter(text, file);
  if (!front.data) return { article: undefined, problems: front.problems };

  const problems: Problem[] = [];
  const at = (path: readonly PropertyKey[]) => ({ file, line: front.lineOf(path), field: path.join('.') });
  for (const key of Object.keys(front.data)) {
    if (!FRONTMATTER_FIELDS.includes(key)) {
      const near = closest(key, FRONTMATTER_FIELDS);
      const hint = near ? `did you mean ${near}?` : `known fields: ${FRONTMATTER_FIELDS.join(', ')}`;
      problems.push({ ...at([key]), message: `is not a known field and is ignored (${hint})`, severity: 'warning' });
    }
  }

  const parsed = frontmatterSchema.safeParse(front.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ ...at(issue.path), message: issue.message, severity: 'error' });
    }
  }
  // Checked on the raw values too, so a file with other errors still hears about this one.
  const { date, updated } = front.data;
  if (typeof date === 'string' && typeof updated === 'string') {
    const [d, u] = [parseDateValue(date), parseDateValue(updated)];
    if (d.ok && u.ok && !isOnOrAfter(u.value, d.value, settings.timeZone)) {
      problems.push({
        ...at(['updated']),
        message: `"${updated}" is before date "${date}" (updated must not be earlier than date)`,
        severity: 'error',
      });
    }
  }
  if (!parsed.success) return { article: undefined, problems };
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
  }
  if (problems.some((p) => p.severity === 'error')) return { article: undefined, problems };

  const body = await renderBody(text);
  if (!body.text) {
    problems.push({ file, field: 'body', message: 'is empty (write the story below the closing ---)', severity: 'warning' });
  }
  const words = countWords(body.text);
  const article: Article = {
    slug,
    url: articlePath(slug, settings.base),
    title: fields.title,
    date: fields.date.trim(),
    updated: fields.updated?.trim(),
    summary: fields.summary?.trim() ? normalizeSpace(fields.summary) : deriveSummary(body.firstParagraph),
    authors: toList(fields.author),
    source: fields.source?.trim() || undefined,
    tags: unique(fields.tags ?? []),
    image: leadImage(fields.image, settings.base),
    draft: fields.draft ?? false,
    html: body.html,
    text: body.text,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    filePath: file,
  };
  return { article, problems };
}

/** The lead image with a site path moved under the base path; `undefined` when it is empty. */
function leadImage(image: Frontmatter['image'], base: string): Article['image'] {
  if (!image || !Object.values(image).some(Boolean)) return undefined;
  const src = image.src?.startsWith('/') ? pathUnderBase(base, image.src) : image.src;
  return { ...image, src };
}

/** A byline as a list: one name, a list of names, or none. */
function toList(author: string | string[] | undefined): string[] {
  const names = typeof author === 'string' ? [author] : (author ?? []);
  return names.map((name) => name.trim()).filter(Boolean);
}

/** Tags trimmed, empties dropped, first spelling kept when two differ only in case or spacing. */
function unique(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const clean = normalizeSpace(tag);
    const key = clean.toLowerCase();
    if (clean && !seen.has(key)) seen.set(key, clean);
  }
  return [...seen.values()];
}

/** The known name nearest to `name` by edit distance, when it is a likely typo. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

/** Levenshtein distance, counting a swap of neighbours as one edit (`udpated` → `updated`). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
