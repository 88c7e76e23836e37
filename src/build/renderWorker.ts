/**
 * A worker thread that renders validated articles and stores their bodies: markdown parsing is
 * the build's heaviest step, and workers spread it over every core. See renderInParallel in
 * renderPool.ts. Only the small records go back to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderAndStore } from './renderPool.ts';
import type { ParseSettings, ValidArticle } from '../content/validate.ts';

const { articles, settings, bodiesDir } = workerData as {
  articles: ValidArticle[];
  settings: ParseSettings;
  bodiesDir: string | undefined;
};
parentPort!.postMessage(await renderAndStore(articles, settings, bodiesDir));
