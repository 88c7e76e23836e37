/**
 * `npm run check:content`: validates every article as the build does, without building.
 * Prints the same lines as the build and exits 1 when there are errors.
 */
import { fileURLToPath } from 'node:url';
import { validateContent } from '../content/loadArticles.ts';
import { formatReport } from '../lib/problems.ts';
import { site } from '../site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const started = performance.now();
const { problems, files } = await validateContent(root, site.contentDirs, site);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const failed = problems.some((problem) => problem.severity === 'error');

console.log(formatReport(problems));
console.log(
  `checked ${files.length} files in ${seconds} s: ${failed ? 'fix the errors above' : 'ok'}`,
);
process.exitCode = failed ? 1 : 0;
