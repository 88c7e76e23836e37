/**
 * The Nu HTML Checker (vnu), run on built pages: its errors, as text. Its CSS checker lags the
 * browsers, so a property it does not know yet is let through by name, each one a property the
 * site uses on purpose (`scroll-initial-target`, Chromium 133+: the masthead's current section).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './astroBuild.ts';

/** CSS properties newer than the checker, which it reports as not existing. */
const NEWER_CSS = ['scroll-initial-target'];

/** Checks `files` with the Nu HTML Checker: its exit status and what it printed. */
export function nuHtmlCheck(files: readonly string[]) {
  const jar = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const unknown = `.*CSS: “(?:${NEWER_CSS.join('|')})”: Property “(?:${NEWER_CSS.join('|')})” doesn't exist.*`;
  const run = spawnSync(
    'java',
    ['-jar', jar, '--errors-only', '--format', 'text', '--filterpattern', unknown, ...files],
    { encoding: 'utf8' },
  );
  return { error: run.error, status: run.status, output: `${run.stdout}${run.stderr}` };
}
