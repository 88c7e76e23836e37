/**
 * The photos the articles and profiles show, read and checked: a photo that cannot be shown is
 * an error wherever it is named, a lead photo too small for other sites' images a warning.
 */
import { posix } from 'node:path';
import { NO_ALT_EXAMPLE, noAltMessage } from '../lib/altText.ts';
import { isRelativeImage, photoKey } from '../lib/photoKeys.ts';
import { MIN_CROP_PIXELS, type PhotoInfo, previewGaps } from '../lib/photoSizes.ts';
import type { Problem } from '../lib/problems.ts';
import type { Article } from './articleSchema.ts';
import type { Author } from './authorSchema.ts';
import { type PhotoMemo, QUOTES, readPhotos, savePhotoMemo } from './photoFiles.ts';
import type { ValidArticle } from './validate.ts';

/** A place a photo is shown: which file names it, on which line and field, as written. */
export interface PhotoUse {
  key: string;
  file: string;
  line: number | undefined;
  field: string;
  /** How the message shows the reference: `"./x.jpg"` or `![…](./x.jpg)`. */
  shown: string;
  /** What names it, as a message calls the file: a story's or an author's profile. */
  owner: 'article' | 'profile';
}

/** Every photo beside the articles that the articles and profiles show, where each is named. */
export function photoUses(
  valid: readonly ValidArticle[],
  records: readonly Article[],
  authors: readonly Author[],
): PhotoUse[] {
  const uses: PhotoUse[] = [];
  for (const article of valid) {
    const src = article.fields.image?.src;
    if (!src || !isRelativeImage(src)) continue;
    const key = photoKey(article.file, src);
    uses.push({
      key,
      file: article.file,
      line: article.imageLine,
      field: 'image.src',
      shown: `"${src}"`,
      owner: 'article',
    });
  }
  for (const record of records) {
    for (const photo of record.photos) {
      uses.push({
        key: photo.key,
        file: record.filePath,
        line: photo.line,
        field: 'body',
        shown: `![…](${photo.src})`,
        owner: 'article',
      });
    }
  }
  for (const author of authors) {
    if (author.photo?.photo) {
      uses.push({
        key: author.photo.photo,
        file: author.filePath,
        line: author.photoLine,
        field: 'photo.src',
        shown: `"${author.photo.written}"`,
        owner: 'profile',
      });
    }
    for (const photo of author.bioPhotos) {
      uses.push({
        key: photo.key,
        file: author.filePath,
        line: photo.line,
        field: 'body',
        shown: `![…](${photo.src})`,
        owner: 'profile',
      });
    }
  }
  return uses;
}

/**
 * Every body photo without alt text, each on its line: a photo needs words for readers who
 * cannot see it, as a lead photo does.
 */
export function altTextProblems(records: readonly Article[]): Problem[] {
  return records.flatMap((record) =>
    record.photos.flatMap((photo): Problem[] =>
      photo.noAlt
        ? [
            {
              file: record.filePath,
              line: photo.line,
              field: 'body',
              message: noAltMessage(photo.src, photo.noAlt === 'html', NO_ALT_EXAMPLE),
              severity: 'error',
            },
          ]
        : [],
    ),
  );
}

/** Reads every photo shown; a photo that cannot be shown is an error wherever it is named. */
export async function checkPhotos(
  root: string,
  dirs: readonly string[],
  uses: readonly PhotoUse[],
  memo: PhotoMemo,
): Promise<{ infos: Map<string, PhotoInfo>; reals: Map<string, string>; problems: Problem[] }> {
  const readings = await readPhotos(
    root,
    dirs,
    uses.map((use) => use.key),
    memo,
  );
  await savePhotoMemo(memo, new Set(readings.keys()));
  const infos = new Map<string, PhotoInfo>();
  const reals = new Map<string, string>();
  const problems: Problem[] = [];
  for (const [key, reading] of readings) {
    if (!reading.info) continue;
    infos.set(key, reading.info);
    if (reading.real !== undefined) reals.set(key, reading.real);
  }
  for (const use of uses) {
    const reading = readings.get(use.key);
    const at = { file: use.file, line: use.line, field: use.field };
    if (reading?.problem) {
      const message = reading.near
        ? meantPhoto(use, reading.near)
        : reading.missing
          ? missingPhoto(use)
          : reading.problem;
      problems.push({ ...at, message: `${use.shown} ${message}`, severity: 'error' });
    } else if (reading?.info && use.field === 'image.src') {
      const small = previewProblem(reading.info);
      if (small) problems.push({ ...at, message: `${use.shown} ${small}`, severity: 'warning' });
    }
  }
  return { infos, reals, problems };
}

/** What to say of a photo that is not there, and no photo like it beside the story. */
function missingPhoto(use: PhotoUse): string {
  const folder = posix.dirname(use.file);
  const top = use.file.split('/')[0]!;
  // `content/2026/12/fire/x.jpg`, a path from the project's folder, read from the story's.
  if (folder !== '.' && use.key.startsWith(`${folder}/${top}/`)) {
    const meant = use.key.slice(folder.length + 1);
    const path = posix.relative(folder, meant);
    const write = path.startsWith('.') ? path : `./${path}`;
    return `is read from the ${use.owner}'s own folder, ${folder}/, not from the project's, so it names ${use.key}, which is not there (for ${meant}, write "${write}"; or put the photo beside the ${use.owner} and write "./${posix.basename(meant)}")`;
  }
  return `is not a file beside the ${use.owner} (add it as ${use.key}, or correct the path)`;
}

/** What to say of a photo that is not there, where another beside it (`near`) was most likely meant. */
function meantPhoto(use: PhotoUse, near: string): string {
  const path = posix.relative(posix.dirname(use.file), near);
  const write = path.startsWith('.') ? path : `./${path}`;
  if (use.key.replace(QUOTES, '') === near) {
    return `is in quotes, which are read as part of its name (write it without them: "${write}")`;
  }
  const sameName = posix.basename(near).toLowerCase() === posix.basename(use.key).toLowerCase();
  // `./Bus-Lane.PNG` for bus-lane.png: found on a Mac or Windows, not on the server building the site.
  if (sameName && posix.dirname(near) === posix.dirname(use.key)) {
    return `is not a file beside the ${use.owner}: the file there is "${write}", and a name must match it letter for letter, capitals too (write "${write}")`;
  }
  // `content/2026/11/x.png` or `./photos/x.png` for a photo beside the story.
  if (sameName) {
    return `is not a file there: the photo is "${write}" (write that: a path is read from the ${use.owner}'s own folder)`;
  }
  return `is not a file beside the ${use.owner} (did you mean "${write}"? or add it as ${use.key})`;
}

/**
 * What a lead photo too small for other sites' images means for the story: no link-preview card
 * of its own (a drawn card instead), or crops search engines will not get.
 */
function previewProblem(photo: PhotoInfo): string | undefined {
  const { card, missing } = previewGaps(photo);
  const size = `is ${photo.width}×${photo.height}`;
  const hint = 'use a photo at least 1200 pixels wide';
  if (!card) {
    return `${size}: too small for a link-preview card of at least ${MIN_CROP_PIXELS.toLocaleString('en')} pixels, so the story is shared with a drawn card (${hint})`;
  }
  if (missing.length === 0) return undefined;
  return `${size}: too small for the ${missing.join(', ')} crop${missing.length > 1 ? 's' : ''} search engines ask for (at least ${MIN_CROP_PIXELS.toLocaleString('en')} pixels), left out (${hint})`;
}
