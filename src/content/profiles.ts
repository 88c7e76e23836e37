/**
 * Author profiles: `authors/*.md` in each content folder. The article loader checks them with
 * the articles (one report for both), and the pages read them for bylines and author pages.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { vagueAlt, vagueAltMessage } from '../lib/altText.ts';
import type { Problem } from '../lib/problems.ts';
import { slugFromFileName } from '../lib/slugs.ts';
import { profileFiles } from './contentFiles.ts';
import { pathUnderBase } from '../lib/urls.ts';
import { decodeText, notUtf8Message } from '../lib/utf8.ts';
import {
  type Author,
  PORTRAIT_FIELDS,
  PROFILE_FIELDS,
  authorFrontmatterSchema,
} from './authorSchema.ts';
import { bodyOf, readFrontmatter, splitFrontmatter, toldAlready } from './frontmatter.ts';
import { noAltMessage } from '../lib/altText.ts';
import { isRelativeImage, photoKey } from '../lib/photoKeys.ts';
import { renderBody } from './markdown/pipeline.ts';
import { BIO, noteMessage, refusedNote } from './bodyNotes.ts';
import { bodyWordsFor } from './render.ts';
import { type Lost, unknownFieldProblems } from './unknownFields.ts';
import type { ParseSettings } from './validate.ts';

/** Every author profile, or every problem with them. */
export interface AuthorsRead {
  authors: Author[];
  problems: Problem[];
}

/** A portrait as stored: a photo beside the profile by key, else a site path under the base or a URL. */
function portrait(
  photo: { src: string; alt: string },
  base: string,
  file: string,
): NonNullable<Author['photo']> {
  const { src, alt } = photo;
  if (isRelativeImage(src)) return { photo: photoKey(file, src), alt, written: src };
  return { src: src.startsWith('/') ? pathUnderBase(base, src) : src, alt, written: src };
}

/** Reads and checks every author profile, reporting every problem at once. */
export async function readAuthors(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
): Promise<AuthorsRead> {
  const { base, lang = 'en' } = settings;
  const authors: Author[] = [];
  const listed = await profileFiles(root, dirs);
  const problems: Problem[] = [...listed.problems];
  for (const file of listed.files) {
    const bytes = await readFile(resolve(root, file));
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      problems.push({
        file,
        line: decoded.line,
        field: 'encoding',
        message: notUtf8Message(bytes, decoded),
        severity: 'error',
      });
      continue;
    }
    const front = readFrontmatter(decoded.text, file);
    problems.push(...front.problems);
    if (!front.data) continue;
    // A story saved among the profiles: told as that, not as a profile with no name.
    if (!('name' in front.data) && 'title' in front.data && 'date' in front.data) {
      problems.push({
        file,
        line: front.lineOf(['title']),
        field: 'front matter',
        message: `is a story's, with title: and date:, in ${dirname(file)}/, which holds author profiles (move the file to another folder under the content folder; a profile starts with name:)`,
        severity: 'error',
      });
      continue;
    }
    // The schema drops what it does not know, so a misspelt `rol:` or `atl:` would vanish silently.
    const lost: Lost = (field) => `the profile is published without its ${field}`;
    problems.push(
      ...unknownFieldProblems(file, front.data, PROFILE_FIELDS, [], front.lineOf, lost, {
        photo: PORTRAIT_FIELDS,
      }),
    );
    const portraitLost: Lost = (field) =>
      `the profile is published without the portrait's ${field}`;
    problems.push(
      ...unknownFieldProblems(
        file,
        front.data.photo,
        PORTRAIT_FIELDS,
        ['photo'],
        front.lineOf,
        portraitLost,
      ),
    );
    const parsed = authorFrontmatterSchema.safeParse(front.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (toldAlready(issue.path, front)) continue;
        problems.push({
          file,
          line: front.lineOf(issue.path),
          field: issue.path.join('.'),
          message: issue.message,
          severity: 'error',
        });
      }
      continue;
    }
    const { name, role, photo, links } = parsed.data;
    const photoLine = photo ? front.lineOf(['photo', 'src']) : undefined;
    if (photo?.src.startsWith('/') && !existsSync(join(root, 'public', photo.src))) {
      problems.push({
        file,
        line: photoLine,
        field: 'photo.src',
        message: `"${photo.src}" is not a file in public/ (add it, or correct the path)`,
        severity: 'error',
      });
      continue;
    }
    const vague = photo && vagueAlt(photo.alt);
    if (photo && vague) {
      problems.push({
        file,
        line: front.lineOf(['photo', 'alt']),
        field: 'photo.alt',
        message: vagueAltMessage(photo.alt, vague),
        severity: 'warning',
      });
    }
    const slug = slugFromFileName(basename(file));
    const split = splitFrontmatter(decoded.text);
    const bodyLine = split.kind === 'found' ? split.bodyLine : 1;
    // Photos in the bio are photos beside the profile, named from its path, like an article's.
    const bio = await renderBody(bodyOf(decoded.text), {
      base,
      words: bodyWordsFor(settings, lang),
      articleFile: file,
    });
    // What the sanitiser took out of a bio, and footnotes or headings left out, as in a story.
    for (const note of bio.notes) {
      problems.push({
        file,
        line: note.line === undefined ? undefined : bodyLine + note.line - 1,
        field: 'body',
        message: noteMessage(note, BIO),
        severity: refusedNote(note) ? 'error' : 'warning',
      });
    }
    for (const blind of bio.photos.filter((shown) => shown.alt === '')) {
      problems.push({
        file,
        line: blind.line === undefined ? undefined : bodyLine + blind.line - 1,
        field: 'body',
        message: noAltMessage(blind.src, blind.html, `A portrait of ${name}`),
        severity: 'error',
      });
    }
    authors.push({
      slug,
      name,
      role: role?.trim() || undefined,
      photo: photo && portrait(photo, base, file),
      nameLine: front.lineOf(['name']),
      photoLine,
      links: links ?? [],
      bio: bio.html,
      bioPhotos: bio.photos.map((shown) => ({
        key: shown.key,
        src: shown.src,
        alt: shown.alt,
        title: shown.title,
        line: shown.line === undefined ? undefined : bodyLine + shown.line - 1,
      })),
      ...(bio.siteLinks.length > 0 && {
        bioLinks: bio.siteLinks.map((link) => ({
          href: link.href,
          line: link.line === undefined ? undefined : bodyLine + link.line - 1,
        })),
      }),
      filePath: file,
    });
  }
  const byName = new Map<string, Author>();
  const bySlug = new Map<string, Author>();
  for (const author of authors) {
    const same = byName.get(author.name) ?? bySlug.get(author.slug);
    if (same) {
      problems.push({
        file: author.filePath,
        line: author.nameLine,
        field: 'name',
        message: `"${author.name}" (${author.slug}) is also the profile in ${same.filePath} (one profile a person)`,
        severity: 'error',
      });
    }
    byName.set(author.name, author);
    bySlug.set(author.slug, author);
  }
  return { authors, problems };
}
