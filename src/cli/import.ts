/**
 * `npm run import -- <file or folder>… [--title "Headline"] [--date YYYY-MM-DD] [--publish]
 * [--force] [--into folder]`: turns plain-text wire stories into articles, every paragraph kept
 * verbatim. Agency copy gives its own headline line, date line and dateline agency (the story's
 * source); a story without a date line is dated `--date`, else the day its dateline names
 * (`LONDON, April 19 (Reuters) -`), else today in the site's zone. Stories
 * are drafts until an editor has read them (`--publish` publishes at once), each filed by its
 * day as the CMS files a story (`2025/04/<slug>/<slug>.md`, see newStoryPath). Slugs taken by any
 * article (file name or `slug:`, any content folder) and stories imported already (the same
 * paragraphs, under any headline) are skipped unless --force; each file is reported on its own.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyDigest, existingArticles } from '../content/existing.ts';
import { calendarDay, parseDateValue } from '../lib/dates.ts';
import { countOf } from '../lib/plural.ts';
import { newStoryPath } from '../lib/newArticle.ts';
import { decodeText } from '../lib/utf8.ts';
import { datelineDate, parseWireStory, wireStoryToArticle } from '../lib/wire.ts';
import { buildNow, settings } from '../settings.ts';
import { commandLine } from './args.ts';

const USAGE =
  'usage: npm run import -- <file or folder>… [--title "Headline"] [--date YYYY-MM-DD] [--publish] [--force] [--into folder]';
const root = fileURLToPath(new URL('../..', import.meta.url));

const { values, positionals } = commandLine('import', USAGE, {
  options: {
    title: { type: 'string' },
    date: { type: 'string' },
    force: { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    // Drafts are the default; the flag is still accepted, as it was once needed.
    draft: { type: 'boolean', default: false },
    into: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
});
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
if (values.publish && values.draft) {
  console.error('import: --publish and --draft contradict each other; give one');
  process.exit(1);
}
// A story whose copy has no date line: `--date`, else its dateline's day, else today in the site's zone.
const today = calendarDay({ kind: 'datetime', epochMs: buildNow }, settings.timeZone);
let fallbackDate: string | undefined;
if (values.date !== undefined) {
  const parsed = parseDateValue(values.date);
  // A day alone: the reason for no date at all names the date-times front matter also takes.
  const problem = !parsed.ok
    ? parsed.reason.replace(
        /\(use YYYY-MM-DD, or a date-time [^)]*\)$/,
        '(give the day as YYYY-MM-DD, such as 2025-04-18)',
      )
    : parsed.value.kind !== 'date'
      ? `"${values.date}" has a time (give the day alone, YYYY-MM-DD)`
      : undefined;
  if (problem) {
    console.error(`import: --date ${problem}`);
    process.exit(1);
  }
  fallbackDate = values.date;
}
const draft = !values.publish;

/** Every regular, non-hidden file named or below a named folder, in a stable order. */
async function inputFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      files.push(path); // reported below as unreadable
    } else if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const inside = entries
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      files.push(...inside);
    } else {
      files.push(path);
    }
  }
  return files;
}

const into = resolve(root, values.into ?? settings.contentDirs[0] ?? 'content');
const files = await inputFiles(positionals);
if (values.title && files.length > 1) {
  console.error('import: --title names one story; give exactly one file with it');
  process.exit(1);
}

// Slugs and stories already in the content folders and the target folder, as the build sees them.
const contentDirs = [
  ...new Set(
    [...settings.contentDirs, relative(root, into)].map((dir) =>
      relative(root, resolve(root, dir)),
    ),
  ),
];
const { slugs: taken, bodies } = await existingArticles(root, contentDirs, settings);
try {
  await mkdir(into, { recursive: true });
} catch (error) {
  console.error(
    `import: cannot create ${relative(root, into)} (${(error as NodeJS.ErrnoException).code ?? error})`,
  );
  process.exit(1);
}

const showProgress = process.stderr.isTTY && files.length > 20;
const started = performance.now();
let written = 0;
let skipped = 0;
let failed = 0;
let derived = 0;

/** Why a file given could not be read, in words (`ENOENT` means nothing to an editor). */
function unreadable(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file (check the name and the folder)';
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return 'cannot be read: this user may not open it (check its permissions)';
  return `cannot be read (${error.code ?? error.message})`;
}

for (const [index, file] of files.entries()) {
  const name = relative(process.cwd(), file) || file;
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  const decoded = bytes instanceof Error ? undefined : decodeText(bytes);
  const parsed = decoded?.ok
    ? parseWireStory(decoded.text, {
        agencies: settings.agencies,
        // Only a day the editor gave: today is no answer to a line such as "Yesterday".
        dateGiven: values.date !== undefined,
      })
    : undefined;
  let reason: string | undefined;
  if (bytes instanceof Error) reason = unreadable(bytes);
  else if (decoded && !decoded.ok) reason = `line ${decoded.line}: not valid UTF-8`;
  else if (parsed && !parsed.ok) reason = parsed.reason;

  if (reason || !parsed?.ok) {
    failed++;
    console.error(`failed: ${name}: ${reason}`);
  } else {
    // `LONDON, April 19 (Reuters) -`: the day the copy was filed, its year this import's.
    const filed =
      parsed.story.date === undefined && fallbackDate === undefined
        ? datelineDate(parsed.story, today, settings.agencies)
        : undefined;
    const article = wireStoryToArticle(parsed.story, values.title, {
      draft,
      date: fallbackDate ?? filed?.date ?? today,
      agencies: settings.agencies,
    });
    // One story, one article: the same paragraphs under another headline are the same story.
    const digest = bodyDigest(article.markdown);
    const copy = bodies.get(digest);
    // One slug, one article: an existing file with this slug, wherever it is, is kept unless --force.
    const owner = taken.get(article.slug) ?? copy;
    const path = owner
      ? resolve(root, owner)
      : join(into, newStoryPath(article.slug, article.date));
    if (owner && !values.force) {
      skipped++;
      const why = copy
        ? `${copy} has the same paragraphs: it was imported already`
        : `${owner} already has slug "${article.slug}"`;
      console.error(`skipped: ${name}: ${why} (--force replaces it)`);
    } else {
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, article.markdown);
        taken.set(article.slug, relative(root, path));
        bodies.set(digest, relative(root, path));
        written++;
        if (article.derivedTitle) derived++;
        const marks = [
          ...(article.derivedTitle ? ['headline derived'] : []),
          ...(parsed.story.date !== undefined || values.date !== undefined
            ? []
            : filed
              ? [
                  `dated ${article.date} by its dateline, "${filed.written}"${filed.guessed ? ', which names no year' : ''}`,
                ]
              : [`no date line: dated today, ${article.date}`]),
        ];
        const mark = marks.length > 0 ? `  (${marks.join('; ')}: review it)` : '';
        console.log(`${owner ? 'replaced' : 'wrote'} ${relative(root, path)}  ← ${name}${mark}`);
      } catch (error) {
        failed++;
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        console.error(`failed: ${name}: cannot write ${relative(root, path)} (${code})`);
      }
    }
  }
  if (showProgress && (index % 50 === 0 || index === files.length - 1)) {
    const rate = (index + 1) / ((performance.now() - started) / 1000);
    process.stderr.write(
      `\r${index + 1}/${countOf(files.length, 'file')}, ${rate.toFixed(0)} files/s `,
    );
  }
}
if (showProgress) process.stderr.write('\n');

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const how = written === 0 ? '' : draft ? ` (${countOf(written, 'draft')})` : ' (published)';
console.log(
  `imported ${written}${how}, skipped ${skipped}, failed ${failed} of ${countOf(files.length, 'file')} in ${seconds} s`,
);
if (written > 0 && draft) {
  console.log('each is a draft: read it, then delete its draft: true line to publish it');
}
if (derived > 0) {
  console.log(
    `review the ${countOf(derived, 'derived headline')} (marked above): each is the story's first sentence, cut to 90 characters (the copy had no headline line)`,
  );
}
process.exitCode = failed > 0 ? 1 : 0;
