/**
 * A validated article rendered: its body made safe HTML (see markdown/) and its record assembled,
 * which names the body by digest. Every failure is a problem naming the file.
 */
import { mustParseDate, sortTime } from '../lib/dates.ts';
import { DEFAULT_LANG, editionBase, editionKey, primaryLanguage } from '../lib/languages.ts';
import { deriveSummary, isStandfirst, normalizeSpace } from '../lib/excerpt.ts';
import { isRelativeImage, photoKey } from '../lib/photoKeys.ts';
import type { Problem } from '../lib/problems.ts';
import { readingMinutes } from '../lib/text.ts';
import { topicKey } from '../lib/topicKey.ts';
import { articlePath, pathUnderBase } from '../lib/urls.ts';
import { type StoredBody, bodyKey } from '../build/bodyStore.ts';
import type { Article, Frontmatter } from './articleSchema.ts';
import { bodyOf, splitFrontmatter } from './frontmatter.ts';
import { renderFailureMessage } from './markdown/bodyError.ts';
import { BodyError, type RenderedBody, type BodyWords, renderBody } from './markdown/pipeline.ts';
import type { ParseSettings, ValidArticle } from './validate.ts';

/** A rendered article: its record, and the body the record names by digest. */
export interface RenderedArticle {
  article: Article;
  body: StoredBody;
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
    const markdown = bodyOf(valid.text);
    const rendered = await renderBody(markdown, {
      base: settings.base,
      words: bodyWordsFor(settings, valid.lang),
      articleFile: valid.file,
    });
    return assemble(valid, settings, withSummaryNote(valid, rendered, markdown), bodyLine);
  } catch (error) {
    const message = renderFailureMessage(error);
    const problem: Problem = { file: valid.file, field: 'body', severity: 'error', message };
    if (error instanceof BodyError && error.line) problem.line = bodyLine + error.line - 1;
    return { problem };
  }
}

/**
 * The rendered body with a note when the story has no summary given and no paragraph of words to
 * make one of (a photo alone): its page, feeds and shared links would have no description.
 */
function withSummaryNote(valid: ValidArticle, rendered: RenderedBody, markdown: string) {
  const told = rendered.notes.some((note) => note.kind === 'blank');
  if (valid.fields.summary?.trim() || deriveSummary(rendered.firstParagraph) !== '')
    return rendered;
  if (told || rendered.html.trim() === '') return rendered;
  const line = markdown.slice(0, Math.max(0, markdown.search(/\S/))).split('\n').length;
  return { ...rendered, notes: [{ kind: 'no summary' as const, line }, ...rendered.notes] };
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
    standfirst: isStandfirst(fields.summary, rendered.firstParagraph),
    authors: bylineNames(fields.author),
    source: fields.source?.trim() || undefined,
    tags: uniqueTags(fields.tags ?? []),
    image: leadImage(fields.image, settings.base, file),
    draft: fields.draft ?? false,
    featured: fields.featured ?? false,
    kicker: fields.kicker?.trim() || undefined,
    corrections: (fields.corrections ?? [])
      .map((correction) => ({
        date: correction.date.trim(),
        text: normalizeSpace(correction.text),
      }))
      .sort(
        (a, b) =>
          sortTime(mustParseDate(a.date), settings.timeZone) -
          sortTime(mustParseDate(b.date), settings.timeZone),
      ),
    aliases: [...new Set(fields.aliases ?? [])],
    headings: rendered.headings,
    // Warned of in the sync, each on its line; a clean body's record is as it was.
    ...(rendered.notes.length > 0 && {
      bodyNotes: rendered.notes.map((note) => ({
        ...note,
        line: note.line === undefined ? undefined : bodyLine + note.line - 1,
      })),
    }),
    // Checked against public/ in the sync, each on its line; a body with none has no field.
    ...(rendered.siteImages.length > 0 && {
      siteImages: rendered.siteImages.map((image) => ({
        ...image,
        line: image.line === undefined ? undefined : bodyLine + image.line - 1,
      })),
    }),
    // Checked against the stories in the sync, each on its line; a body with none has no field.
    ...(rendered.siteLinks.length > 0 && {
      siteLinks: rendered.siteLinks.map((link) => ({
        ...link,
        line: link.line === undefined ? undefined : bodyLine + link.line - 1,
      })),
    }),
    // Checked against other stories' links in the sync; a body with none has no field.
    ...(rendered.sections.length > 0 && { sections: rendered.sections }),
    photos: rendered.photos.map((photo) => ({
      key: photo.key,
      src: photo.src,
      line: photo.line === undefined ? undefined : bodyLine + photo.line - 1,
      // Reported with the photo checks, every one on its line (a render failure names one).
      ...(photo.alt === '' && { noAlt: photo.html ? ('html' as const) : ('markdown' as const) }),
    })),
    body: bodyKey(body),
    readingMinutes: readingMinutes(rendered.text),
    filePath: file,
  };
  return { article, body };
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

/** A byline as a list: one name, a list of names, or none; each name once. */
export function bylineNames(author: string | string[] | undefined): string[] {
  const names = typeof author === 'string' ? [author] : (author ?? []);
  // A name given twice is printed once (validation warns of it).
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
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

/** The words a body holds in `lang` (task marks, footnotes), from the settings' table. */
export function bodyWordsFor(settings: ParseSettings, lang: string): BodyWords {
  const words = settings.bodyWords?.[primaryLanguage(lang)];
  if (!words) throw new Error(`no body words for language "${lang}" in the render settings`);
  return words;
}
