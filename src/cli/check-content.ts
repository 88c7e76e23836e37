/**
 * `npm run check:content`: checks every article as the build does, rendering included, without
 * building. Prints the same lines as the build and exits 1 when there are errors.
 */
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content/sync.ts';
import { statusSummary } from '../lib/articleStatus.ts';
import { countOf } from '../lib/plural.ts';
import { formatReport, problemLines, warningSummary } from '../lib/problems.ts';
import { buildNow, cache, sectionsSource, settings, threads } from '../settings.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const { problems, files, valid } = await checkContent(root, settings.contentDirs, settings, {
  threads,
  now: buildNow,
  // What the last build published, when this machine has its cache: a URL a change would
  // take off the site is a warning here too.
  published: cache.published,
  sections: { names: settings.sections, where: sectionsSource },
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const failed = problems.some((problem) => problem.severity === 'error');

// With errors, the report counts them; without, the closing line counts the warnings.
const lines = failed ? formatReport(problems).split('\n') : problemLines(problems);
if (lines.length > 0) console.log(lines.join('\n'));
const articles = valid.map(({ fields }) => ({
  title: fields.title,
  date: fields.date,
  draft: fields.draft ?? false,
}));
const warnings = problems.filter((problem) => problem.severity === 'warning').length;
const verdict = failed
  ? 'fix the errors above'
  : warnings > 0
    ? `ok, ${warningSummary(warnings)}`
    : 'ok';
console.log(
  `checked ${countOf(files.length, 'file')} in ${seconds} s: ${verdict}; ${statusSummary(articles, buildNow, settings.timeZone)}`,
);
process.exitCode = failed ? 1 : 0;
