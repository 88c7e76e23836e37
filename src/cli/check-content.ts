/**
 * `npm run check:content [-- --scheduled]`: checks every article as the build does, rendering
 * included, without building. Prints the same lines as the build and exits 1 when there are
 * errors. With `--scheduled` (`npm run scheduled`), it also lists the stories held back, each
 * with the time in the site's zone from which a build publishes it.
 */
import { fileURLToPath } from 'node:url';
import { profileFiles } from '../content/contentFiles.ts';
import { loadPhotoMemo } from '../content/photoFiles.ts';
import { checkContent } from '../content/sync.ts';
import {
  formatRelease,
  scheduledStories,
  selectPublished,
  statusSummary,
} from '../lib/articleStatus.ts';
import { countOf } from '../lib/plural.ts';
import { formatReport, problemLines, warningSummary } from '../lib/problems.ts';
import { publishedAuthors, waitingProfiles } from '../lib/shownProfiles.ts';
import { buildNow, cache, editionsSource, sectionsSource, settings, threads } from '../settings.ts';
import { commandLine } from './args.ts';

const { values } = commandLine('check:content', 'usage: npm run check:content [-- --scheduled]', {
  options: { scheduled: { type: 'boolean', default: false } },
});
const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const checked = await checkContent(root, settings.contentDirs, settings, {
  threads,
  now: buildNow,
  // What the last build published, when this machine has its cache: a URL a change would
  // take off the site is a warning here too.
  published: cache.published,
  // The build's readings of the photos, each kept while its file is unchanged: a check of a
  // photo archive reads only the photos added or changed since, not every one (see benchmark.md).
  photoMemo: await loadPhotoMemo(cache.photoInfo),
  siteUrl: settings.url,
  sections: { names: settings.sections, where: sectionsSource },
  editions: { langs: settings.editions.map((edition) => edition.lang), where: editionsSource },
});
const { files, valid, drafts } = checked;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const failed = checked.problems.some((problem) => problem.severity === 'error');
// As the build: a profile whose stories are all drafts or held back has no page yet.
const shown = selectPublished(checked.articles, { ...settings, now: buildNow, preview: false });
const withPage = new Set(publishedAuthors(checked.authors, shown).map((author) => author.slug));
const problems = failed
  ? checked.problems
  : [...checked.problems, ...waitingProfiles(checked.authors, checked.articles, withPage)];

// With errors, the report counts them; without, the closing line counts the warnings.
const lines = failed ? formatReport(problems).split('\n') : problemLines(problems);
if (lines.length > 0) console.log(lines.join('\n'));
// A draft with errors is still a draft (its errors are warnings: see draftErrorsAsWarnings).
const validFiles = new Set(valid.map((article) => article.file));
// A draft by a line YAML did not read as `draft:` (below the fence, `published: false`) too.
const draftFiles = new Set(drafts);
const articles = [
  ...valid.map(({ fields, file }) => ({
    title: fields.title,
    date: fields.date,
    draft: fields.draft === true || draftFiles.has(file),
    file,
  })),
  ...drafts
    .filter((file) => !validFiles.has(file))
    .map((file) => ({ title: '', date: '', draft: true, file })),
];
const scheduled = scheduledStories(articles, buildNow, settings.timeZone);
if (!values.scheduled) {
  // As the build says it, on the site's clock: a story held back by a date typed wrong is seen
  // here, not missed, and the list reads in order whatever offset each date was written with.
  for (const story of scheduled) {
    console.log(
      `held back until ${formatRelease(story.release, settings.timeZone)}: ${story.file}`,
    );
  }
} else {
  console.log(
    scheduled.length === 0
      ? 'nothing is scheduled'
      : `scheduled (the first build from each time publishes the story; a date without a time is its day's start):`,
  );
  for (const story of scheduled) {
    console.log(
      `  ${formatRelease(story.release, settings.timeZone)}  ${story.file}  ${story.title}`,
    );
  }
}
const warnings = problems.filter((problem) => problem.severity === 'warning').length;
// With errors a build publishes nothing: the count is of what the other files hold.
const withErrors = new Set(
  problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file),
);
const stories = statusSummary(
  articles.filter((article) => !withErrors.has(article.file)),
  buildNow,
  settings.timeZone,
);
const verdict = failed
  ? `fix the errors above (a build stops at them); the files without errors: ${stories}`
  : `${warnings > 0 ? `ok, ${warningSummary(warnings)}` : 'ok'}; ${stories}`;
// Profiles are read with the stories, those with errors too: counted apart, as they are not stories.
const { files: profiles } = await profileFiles(root, settings.contentDirs);
const read = `${countOf(files.length, 'file')}${profiles.length > 0 ? ` and ${countOf(profiles.length, 'profile')}` : ''}`;
console.log(`checked ${read} in ${seconds} s: ${verdict}`);
process.exitCode = failed ? 1 : 0;
