/**
 * Rendering validated articles, on this thread or on worker threads (renderWorker.ts), each body
 * stored in the body store as it is made: only small records come back.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../content/articleSchema.ts';
import type { Problem } from '../lib/problems.ts';
import { type ParseSettings, type ValidArticle } from '../content/validate.ts';
import { renderArticle } from '../content/render.ts';
import { writeBody } from './bodyStore.ts';

/** Below this many articles, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

/** Rendered records in the order given, and a problem for each file that could not be rendered. */
export interface RenderReport {
  records: Article[];
  problems: Problem[];
}

/**
 * Renders articles one after another, storing each body in `bodiesDir` (a check that only looks
 * for problems passes none); a file that fails is a problem naming it, and the others go on.
 */
export async function renderAndStore(
  valid: readonly ValidArticle[],
  settings: ParseSettings,
  bodiesDir: string | undefined,
): Promise<RenderReport> {
  const report: RenderReport = { records: [], problems: [] };
  for (const file of valid) {
    const rendered = await renderArticle(file, settings);
    if ('problem' in rendered) {
      report.problems.push(rendered.problem);
      continue;
    }
    if (bodiesDir) await writeBody(bodiesDir, rendered.body);
    report.records.push(rendered.article);
  }
  return report;
}

/**
 * Renders articles on several threads, each taking an equal share and storing the bodies
 * itself, so only the small records travel back to this thread.
 */
export async function renderInParallel(
  valid: readonly ValidArticle[],
  settings: ParseSettings,
  bodiesDir: string | undefined,
  threads: number,
): Promise<RenderReport> {
  if (threads < 2 || valid.length < PARALLEL_THRESHOLD) {
    return renderAndStore(valid, settings, bodiesDir);
  }
  const size = Math.ceil(valid.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => valid.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    shares.map(
      (articles) =>
        new Promise<RenderReport>((resolve, reject) => {
          const worker = new Worker(new URL('./renderWorker.ts', import.meta.url), {
            workerData: { articles, settings, bodiesDir },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once(
            'exit',
            (code) => code !== 0 && reject(new Error(`render worker exited with ${code}`)),
          );
        }),
    ),
  );
  return {
    records: results.flatMap((result) => result.records),
    problems: results.flatMap((result) => result.problems),
  };
}
