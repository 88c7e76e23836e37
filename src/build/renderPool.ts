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

/** Articles sent to a worker in one message. */
const BATCH = 50;

/** Rendered records in the order given, and a problem for each file that could not be rendered. */
export interface RenderReport {
  records: Article[];
  problems: Problem[];
}

/** What the main thread sends a render worker: the articles of one batch. */
export interface RenderBatch {
  articles: ValidArticle[];
}

/** What a render worker is started with: the same for every batch. */
export interface RenderWorkerData {
  settings: ParseSettings;
  bodiesDir: string | undefined;
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
    if (bodiesDir) writeBody(bodiesDir, rendered.body);
    report.records.push(rendered.article);
  }
  return report;
}

/** Articles handed over one at a time as they are validated, rendered while more are validated. */
export interface RenderPool {
  /** Queues an article; worker threads start once there are enough to pay for them. */
  add: (article: ValidArticle) => void;
  /** Renders what is still queued, waits for every article added, and stops the workers. */
  finish: () => Promise<RenderReport>;
  /** Stops the workers at once, their work dropped (validation failed before the end). */
  stop: () => void;
}

/** A render worker and how many articles it has been sent and not yet answered. */
interface PoolWorker {
  worker: Worker;
  queued: number;
  /** The batches sent, answered in the order sent. */
  waiting: {
    size: number;
    resolve: (report: RenderReport) => void;
    reject: (error: Error) => void;
  }[];
}

/**
 * A pool that renders on `threads` worker threads once it holds `threshold` articles (on this
 * thread below that, or with one thread). Validation hands each article over as soon as it is
 * valid, so the workers load their modules and render while the rest of the files are read.
 */
export function renderPool(
  settings: ParseSettings,
  bodiesDir: string | undefined,
  threads: number,
  threshold = PARALLEL_THRESHOLD,
): RenderPool {
  let queue: ValidArticle[] = [];
  let added = 0;
  const workers: PoolWorker[] = [];
  /** Every batch sent, in the order added. */
  const sent: Promise<RenderReport>[] = [];

  // What a worker can be sent of the settings: the data, not a function riding along with it
  // (the content loader's clock), which a thread cannot be handed and no render reads.
  const shared = Object.fromEntries(
    Object.entries(settings).filter(([, value]) => typeof value !== 'function'),
  ) as ParseSettings;
  const start = () => {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./renderWorker.ts', import.meta.url), {
        workerData: { settings: shared, bodiesDir } satisfies RenderWorkerData,
      });
      const entry: PoolWorker = { worker, queued: 0, waiting: [] };
      const failAll = (error: Error) => {
        for (const batch of entry.waiting.splice(0)) batch.reject(error);
      };
      worker.on('message', (report: RenderReport) => {
        const batch = entry.waiting.shift();
        entry.queued -= batch?.size ?? 0;
        batch?.resolve(report);
      });
      worker.once('error', failAll);
      worker.once('exit', (code) => failAll(new Error(`render worker exited with ${code}`)));
      workers.push(entry);
    }
  };

  const send = (articles: ValidArticle[]) => {
    // The worker with the fewest articles waiting: a share of long stories does not hold up
    // the end of the sync.
    const entry = workers.reduce((least, next) => (next.queued < least.queued ? next : least));
    entry.queued += articles.length;
    const answered = new Promise<RenderReport>((resolve, reject) => {
      entry.waiting.push({ size: articles.length, resolve, reject });
    });
    // Awaited in finish(); a failure meanwhile is not an unhandled rejection.
    answered.catch(() => {});
    entry.worker.postMessage({ articles } satisfies RenderBatch);
    sent.push(answered);
  };

  const stop = () => {
    for (const { worker } of workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  };

  const flush = (all: boolean) => {
    while (queue.length >= BATCH || (all && queue.length > 0)) send(queue.splice(0, BATCH));
  };

  return {
    add: (article) => {
      queue.push(article);
      added++;
      if (workers.length === 0 && threads >= 2 && added >= threshold) start();
      if (workers.length > 0) flush(false);
    },
    finish: async () => {
      if (workers.length === 0) {
        const rest = queue;
        queue = [];
        return renderAndStore(rest, settings, bodiesDir);
      }
      flush(true);
      try {
        const reports = await Promise.all(sent);
        return {
          records: reports.flatMap((report) => report.records),
          problems: reports.flatMap((report) => report.problems),
        };
      } finally {
        stop();
      }
    },
    stop,
  };
}

/** Renders articles on several threads (see renderPool); records come back in the order given. */
export async function renderInParallel(
  valid: readonly ValidArticle[],
  settings: ParseSettings,
  bodiesDir: string | undefined,
  threads: number,
): Promise<RenderReport> {
  const pool = renderPool(settings, bodiesDir, threads);
  for (const article of valid) pool.add(article);
  return pool.finish();
}
