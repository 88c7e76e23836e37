/**
 * A worker thread that renders validated articles: markdown parsing is the build's heaviest step,
 * and workers spread it over every core. See renderInParallel in loadArticles.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseSettings, ValidArticle } from './parseArticle.ts';
import { renderArticle } from './parseArticle.ts';

const { articles, settings } = workerData as { articles: ValidArticle[]; settings: ParseSettings };
const rendered = [];
for (const article of articles) rendered.push(await renderArticle(article, settings));
parentPort!.postMessage(rendered);
