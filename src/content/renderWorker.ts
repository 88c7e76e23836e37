/**
 * A worker thread that renders validated articles and stores their bodies: markdown parsing is
 * the build's heaviest step, and workers spread it over every core. See renderInParallel in
 * loadArticles.ts. Only the small records go back to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderAndStore } from './loadArticles.ts';
import type { ParseSettings, ValidArticle } from './parseArticle.ts';

const { articles, settings, bodiesDir } = workerData as {
  articles: ValidArticle[];
  settings: ParseSettings;
  bodiesDir: string | undefined;
};
parentPort!.postMessage(await renderAndStore(articles, settings, bodiesDir));
