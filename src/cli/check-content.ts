/**
 * `npm run check:content`: checks every article as the build does, rendering included, without
 * building. Prints the same lines as the build and exits 1 when there are errors.
 */
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content/sync.ts';
import { statusSummary } from '../lib/articleStatus.ts';
import { countOf } from '../lib/plural.ts';
import { formatReport } from '../lib/problems.ts';
import { buildNow, settings, threads } from '../settings.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const { problems, files, valid } = await checkContent(root, settings.contentDirs, settings, {
  threads,
  now: buildNow,
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const failed = problems.some((problem) => problem.severity === 'error');

console.log(formatReport(problems));
const articles = valid.map(({ fields }) => ({
  title: fields.title,
  date: fields.date,
  draft: fields.draft ?? false,
}));
console.log(
  `checked ${countOf(files.length, 'file')} in ${seconds} s: ${failed ? 'fix the errors above' : 'ok'}; ${statusSummary(articles, buildNow, settings.timeZone)}`,
);
process.exitCode = failed ? 1 : 0;
