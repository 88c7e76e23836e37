/**
 * `npm run new -- "Headline" [--date YYYY-MM-DD] [--lang es] [--translation-of slug] [--slug s]`: creates a
 * draft article in the first content folder, dated today in the site's time zone, filed as the
 * CMS files one (`2026/05/<slug>/<slug>.md`), and prints its path. Never overwrites, and never takes a slug another article has (by file name or by
 * `slug:`, in any content folder).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existingArticles } from '../content/existing.ts';
import { calendarDay, parseDateValue } from '../lib/dates.ts';
import { langProblem } from '../lib/editions.ts';
import { newArticleMarkdown, newStoryPath } from '../lib/newArticle.ts';
import { slugFromText, slugProblem } from '../lib/slugs.ts';
import { buildNow, settings } from '../settings.ts';
import { commandLine } from './args.ts';

const USAGE =
  'usage: npm run new -- "Headline" [--date YYYY-MM-DD] [--lang es] [--translation-of original-slug] [--slug file-name]';
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Prints a one-line reason and stops. */
function fail(message: string): never {
  console.error(`new: ${message}`);
  process.exit(1);
}

const { values, positionals } = commandLine('new', USAGE, {
  options: {
    date: { type: 'string' },
    lang: { type: 'string' },
    'translation-of': { type: 'string' },
    slug: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const title = positionals.join(' ').trim();
if (!title) fail(`give a headline (${USAGE})`);

let date = calendarDay({ kind: 'datetime', epochMs: buildNow }, settings.timeZone);
if (values.date !== undefined) {
  const parsed = parseDateValue(values.date);
  if (!parsed.ok) fail(`--date ${parsed.reason}`);
  if (parsed.value.kind !== 'date') {
    fail(
      `--date "${values.date}" has a time (give the day alone, YYYY-MM-DD: the time goes in the file)`,
    );
  }
  date = values.date;
}
const lang = values.lang?.trim();
const langIssue = lang === undefined ? undefined : langProblem(lang);
if (langIssue) fail(`--lang ${langIssue}`);
const translationOf = values['translation-of']?.trim();
if (translationOf !== undefined && !lang) {
  fail('--translation-of needs --lang: the language of the translation (e.g. --lang es)');
}
const given = values.slug?.trim();
const givenIssue = given === undefined ? undefined : slugProblem(given);
if (givenIssue)
  fail(`--slug ${givenIssue.startsWith('"') ? givenIssue : `"${given}" ${givenIssue}`}`);
const { slugs } = await existingArticles(root, settings.contentDirs, settings);
if (translationOf !== undefined && !slugs.has(translationOf)) {
  fail(
    `--translation-of "${translationOf}" is not the slug of any article (name the original's slug)`,
  );
}
// A headline in a script slugs cannot spell (Chinese) still gets a file name when it translates.
const slug =
  given ||
  slugFromText(title, 80) ||
  (translationOf && lang ? `${translationOf}-${lang.toLowerCase()}` : '');
if (!slug) {
  fail(
    `cannot make a file name from "${title}", which has no letter of a-z or digit (give one with --slug, in a-z, 0-9 and hyphens: npm run new -- "${title}" --slug city-budget-passes)`,
  );
}
const another = given ? 'choose another --slug' : 'choose another headline, or give --slug';
const owner = slugs.get(slug);
if (owner) fail(`${owner} already has slug "${slug}"; nothing was changed (${another})`);

const path = join(resolve(root, settings.contentDirs[0] ?? 'content'), newStoryPath(slug, date));
await mkdir(dirname(path), { recursive: true });
try {
  // `wx` fails when the file exists: an editor's work is never overwritten.
  await writeFile(path, newArticleMarkdown(title, date, { lang, translationOf }), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    fail(`${relative(root, path)} already exists; nothing was changed (${another})`);
  }
  throw error;
}
// The path alone on the first line, for scripts; then what an editor does next.
console.log(relative(root, path));
console.log(
  `A draft dated ${date}: write the story in it (npm run dev shows it), then delete its draft: true line to publish it.`,
);
