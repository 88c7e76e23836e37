/**
 * The checks that look across files, or outside them: an old URL leads to one story only, a
 * correction is not ahead of the build's clock, a site path names a file in public/, no story is
 * a copy of another, a story in a drafts folder is one, no file's version word is in an address
 * (links to the site's pages: see linkChecks.ts).
 */
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { isEmbargoed } from '../lib/articleStatus.ts';
import { copyKey, copyMessage } from '../lib/copies.ts';
import { slugWithout } from '../lib/deskNotes.ts';
import { workingWordsInSlug } from '../lib/fileNameWords.ts';
import { MAX_SLUG_LENGTH, slugFromText } from '../lib/slugs.ts';
import { calendarDay, mustParseDate, parseDateValue, sortTime } from '../lib/dates.ts';
import type { Problem } from '../lib/problems.ts';
import { unlikelyDate } from '../lib/unlikelyDate.ts';
import { linkedContentFile, mayBeSiteFile } from '../lib/siteLinks.ts';
import type { Article } from './articleSchema.ts';
import type { ValidArticle } from './validate.ts';

/**
 * An alias (an old slug) must name one story only: never a slug in use, never another's alias.
 * A draft is not published yet: of a draft and a story that claim one URL, the draft is told.
 */
export function aliasProblems(valid: readonly ValidArticle[]): Problem[] {
  const problems: Problem[] = [];
  const isDraft = (article: ValidArticle) => article.fields.draft === true;
  const live = valid.filter((article) => !isDraft(article));
  const drafts = valid.filter(isDraft);
  // Drafts' slugs join once every story's aliases are known, so a story is never told of a draft.
  const slugs = new Map(live.map((article) => [article.slug, article.file]));
  const aliases = new Map<string, string>();
  for (const article of [...live, ...drafts]) {
    if (isDraft(article)) {
      const owner = aliases.get(article.slug);
      if (owner) {
        problems.push({
          file: article.file,
          line: article.slugLine,
          field: 'slug',
          message: `"${article.slug}" is an old URL of ${owner} (its aliases), so it leads there (give this draft a slug of its own, or another file name)`,
          severity: 'error',
        });
      }
      if (!slugs.has(article.slug)) slugs.set(article.slug, article.file);
    }
    for (const alias of new Set(article.fields.aliases ?? [])) {
      const owner = slugs.get(alias) ?? aliases.get(alias);
      if (owner) {
        const what = slugs.has(alias) ? 'the slug' : 'an alias';
        problems.push({
          file: article.file,
          line: article.aliasesLine,
          field: 'aliases',
          message:
            owner === article.file
              ? `"${alias}" is this article's own slug, its URL now, so it is no old URL (remove it from aliases)`
              : `"${alias}" is ${what} of ${owner} (an old URL can lead to one story only: remove it here or there)`,
          severity: 'error',
        });
      } else {
        aliases.set(alias, article.file);
      }
    }
  }
  return problems;
}

/**
 * Stories that look like copies of another: the same headline, in the same language, on the
 * same calendar day (a file copied to start a new story and never changed, or imported twice).
 * The one the last build published (`published`: their files) is left alone, else the first by
 * file name; each other is a warning on its title line. Drafts are not published, so they are no
 * copies yet.
 */
export function copiedStories(
  valid: readonly ValidArticle[],
  timeZone: string,
  published: ReadonlySet<string> = new Set(),
): Problem[] {
  const first = new Map<string, ValidArticle>();
  const problems: Problem[] = [];
  const ordered = [...valid].sort(
    (a, b) =>
      Number(published.has(b.file)) - Number(published.has(a.file)) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  for (const article of ordered) {
    const { title, date, draft } = article.fields;
    const parsed = parseDateValue(date);
    if (draft === true || !parsed.ok) continue;
    const key = copyKey(title, article.lang, calendarDay(parsed.value, timeZone));
    const original = first.get(key);
    if (!original) {
      first.set(key, article);
      continue;
    }
    problems.push({
      file: article.file,
      line: article.titleLine,
      field: 'title',
      message: copyMessage(original.file),
      severity: 'warning',
    });
  }
  return problems;
}

/** Corrections dated after `now`: a correction reports what was fixed, so it cannot be ahead of time. */
export function futureCorrections(
  valid: readonly ValidArticle[],
  now: number,
  timeZone: string,
): Problem[] {
  return valid.flatMap((article) =>
    (article.fields.corrections ?? []).flatMap((correction, i) =>
      isEmbargoed(correction.date, now, timeZone)
        ? [
            {
              file: article.file,
              line: article.correctionLines?.[i],
              field: `corrections.${i}.date`,
              message: `"${correction.date}" is in the future (date a correction when it is made)`,
              severity: 'error' as const,
            },
          ]
        : [],
    ),
  );
}

/**
 * Updates dated after `now` on a story going out now: "Updated" would show a time still to come.
 * On a story held back until its date, an update later than that release is a warning now: the
 * build that publishes the story would stop at it. Drafts are left alone.
 */
export function futureUpdates(
  valid: readonly ValidArticle[],
  now: number,
  timeZone: string,
): Problem[] {
  return valid.flatMap(({ file, fields, updatedLine }): Problem[] => {
    if (!fields.updated || fields.draft === true) return [];
    const at = { file, line: updatedLine, field: 'updated' };
    const fix = 'date an update when it is made';
    if (!isEmbargoed(fields.date, now, timeZone)) {
      if (!isEmbargoed(fields.updated, now, timeZone)) return [];
      const message = `"${fields.updated}" is in the future, and the story goes out now (${fix})`;
      return [{ ...at, message, severity: 'error' }];
    }
    const release = sortTime(mustParseDate(fields.date), timeZone);
    if (!isEmbargoed(fields.updated, release, timeZone)) return [];
    const message = `"${fields.updated}" is after the story's release (${fields.date}), so the build that publishes it would stop here (${fix}, or delete it until then)`;
    return [{ ...at, message, severity: 'warning' }];
  });
}

/**
 * Stories dated more than a year after `now`, held back as an embargo would be, or more than a
 * century before it, filed at the end of the archive: most likely a slip of the year, which
 * would hold a story for decades, or bury it, without a word.
 */
export function unlikelyDates(valid: readonly ValidArticle[], now: number): Problem[] {
  return valid.flatMap((article) => {
    const { date, draft } = article.fields;
    const message = draft === true ? undefined : unlikelyDate(date, now);
    if (!message) return [];
    return [
      {
        file: article.file,
        line: article.dateLine,
        field: 'date',
        message,
        severity: 'warning' as const,
      },
    ];
  });
}

/** A folder named for drafts, as other tools keep them (`drafts/`, Jekyll's `_drafts/`). */
const DRAFTS_FOLDER = /^_?drafts?$/i;

/**
 * Stories in a folder named for drafts that are not drafts: here a folder never holds a story
 * back, only `draft: true` does, so each would be published as the editor did not mean.
 */
export function storiesInDraftFolders(valid: readonly ValidArticle[]): Problem[] {
  return valid.flatMap((article) => {
    // `draft: false`, written out: the editor means it to be published.
    if (article.fields.draft !== undefined) return [];
    const folder = article.file
      .split('/')
      .slice(0, -1)
      .find((part) => DRAFTS_FOLDER.test(part));
    if (folder === undefined) return [];
    return [
      {
        file: article.file,
        message: `is in a folder named ${folder}/, but a folder holds no story back: without draft: true in its front matter it is published (add draft: true to keep it a draft, or move it out of ${folder}/)`,
        severity: 'warning' as const,
      },
    ];
  });
}

/** A site path as a browser reads it, decoded, dot segments resolved (`/../x` is `/x`). */
function sitePathOf(src: string): string {
  const written = src.split(/[?#]/)[0]!;
  const path = URL.canParse(written, 'https://x')
    ? new URL(written, 'https://x').pathname
    : written;
  try {
    return decodeURIComponent(path);
  } catch {
    // Kept as written: then it is looked for as written.
    return path;
  }
}

/** The file in `publicDir` a site path names, when one is there: never a file beside `public/`. */
export function publicFileOf(src: string, publicDir: string): string | undefined {
  const file = resolve(publicDir, `.${sitePathOf(src)}`);
  return file.startsWith(resolve(publicDir) + sep) && existsSync(file) ? file : undefined;
}

/** The path a site path names under `publicDir`, decoded, when no file is there. */
function missingFromPublic(src: string, publicDir: string): string | undefined {
  return publicFileOf(src, publicDir) === undefined ? sitePathOf(src) : undefined;
}

/**
 * Whether `publicDir` holds a page served at `path` (`/about/`, `/about`, `/team.html`): the
 * file itself, its folder's `index.html`, or the same name with `.html`, as static hosts serve them.
 */
export function publicPageAt(publicDir: string, path: string): boolean {
  const bare = path.replace(/\/+$/, '');
  const candidates = path.endsWith('/')
    ? [`${bare}/index.html`, `${bare}.html`]
    : [path, `${bare}/index.html`, `${bare}.html`];
  return candidates.some((candidate) => missingFromPublic(candidate, publicDir) === undefined);
}

/** A page whose body's links are checked: a story's record, or an author's bio. */
export interface LinkingFile {
  filePath: string;
  links: readonly { href: string; line?: number | undefined }[];
}

/**
 * Every body link to a site path of a file (`/files/report.pdf`) that is not in `publicDir`, as a
 * warning on its line: the story still publishes, with a link that leads nowhere. A link to one
 * of `contentFiles` (`/content/x/x.md`, a story's file) is the site link check's to tell.
 */
export function missingLinkedFiles(
  pages: readonly LinkingFile[],
  publicDir: string,
  base = '/',
  contentFiles: ReadonlySet<string> = new Set(),
): Problem[] {
  return pages.flatMap(({ filePath, links }) =>
    links.flatMap((link): Problem[] => {
      if (!mayBeSiteFile(link.href)) return [];
      const named = linkedContentFile(link.href, filePath);
      if (named !== undefined && contentFiles.has(named)) return [];
      const missing = missingFromPublic(link.href, publicDir);
      if (missing === undefined) return [];
      const within =
        base !== '/' && link.href.startsWith(base) ? link.href.slice(base.length - 1) : undefined;
      const fix =
        within !== undefined && missingFromPublic(within, publicDir) === undefined
          ? `write it without the site's base path ${base.slice(0, -1)}: ${within}`
          : `add it as public${missing}, or correct the path`;
      return [
        {
          file: filePath,
          line: link.line,
          field: 'body',
          message: `the link "${link.href}" leads to no file: ${missing} is not in public/ (${fix})`,
          severity: 'warning',
        },
      ];
    }),
  );
}

/** Checks that every lead image given as a site path is a file in `publicDir`. */
export function missingImages(valid: readonly ValidArticle[], publicDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const article of valid) {
    const src = article.fields.image?.src;
    if (!src?.startsWith('/')) continue;
    const missing = missingFromPublic(src, publicDir);
    if (missing === undefined) continue;
    problems.push({
      file: article.file,
      line: article.imageLine,
      field: 'image.src',
      message: `"${src}" is not a file in public/ (add it as public${missing}, or correct the path)`,
      severity: 'error',
    });
  }
  return problems;
}

/**
 * Checks that every body image given as a site path is a file in `publicDir`, on its line. A
 * path that starts with the site's `base` (copied from the live site) is told to drop it.
 */
export function missingBodyImages(
  records: readonly Article[],
  publicDir: string,
  base = '/',
): Problem[] {
  return records.flatMap((record) =>
    (record.siteImages ?? []).flatMap((image): Problem[] => {
      const missing = missingFromPublic(image.src, publicDir);
      if (missing === undefined) return [];
      const shown = (src: string) => (image.html ? `<img src="${src}">` : `![…](${src})`);
      const within =
        base !== '/' && image.src.startsWith(base) ? image.src.slice(base.length - 1) : undefined;
      const name = missing.split('/').pop() || 'photo.jpg';
      const fix =
        within !== undefined && missingFromPublic(within, publicDir) === undefined
          ? `write it without the site's base path ${base.slice(0, -1)}: ${shown(within)}`
          : `add it as public${missing}, correct the path, or put the photo beside the story: ${shown(`./${name}`)}`;
      return [
        {
          file: record.filePath,
          line: image.line,
          field: 'body',
          message: `${shown(image.src)} is not a file in public/, so the page would show a broken image (${fix})`,
          severity: 'error',
        },
      ];
    }),
  );
}

/**
 * Stories going out whose address, made from the file name, holds a word for the file's version
 * (`Café reopens (FINAL).md`, `council-vote copy.md`): a warning offering an address without it,
 * or, where another story has that one, one from the story's headline.
 */
export function versionWordsInSlugs(stories: readonly ValidArticle[]): Problem[] {
  const owners = new Map(stories.map((story) => [story.slug, story.file]));
  const free = (slug: string) => slug !== '' && !owners.has(slug);
  return stories.flatMap((story): Problem[] => {
    if (story.fields.draft === true || story.fields.slug !== undefined) return [];
    const working = workingWordsInSlug(story.slug, story.fields.title);
    const clean = slugWithout(story.slug, working);
    if (working.length === 0 || clean === '') return [];
    const said = `"${story.slug}", made from the file name, holds "${working[0]}", a word for the file's version, which readers see in the story's address`;
    let fix = `rename the file ${clean}.md, or write slug: ${clean}`;
    if (!free(clean)) {
      const headline = slugFromText(story.fields.title, MAX_SLUG_LENGTH);
      let own = free(headline) ? headline : `${clean}-2`;
      for (let n = 3; !free(own); n++) own = `${clean}-${n}`;
      fix = `${clean} is the address of ${owners.get(clean)}: give this story its own, slug: ${own}`;
    }
    return [{ file: story.file, field: 'slug', message: `${said} (${fix})`, severity: 'warning' }];
  });
}
