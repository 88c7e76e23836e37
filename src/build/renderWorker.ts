/**
 * A worker thread that renders validated articles and stores their bodies: markdown parsing is
 * the build's heaviest step, and workers spread it over every core. See renderPool in
 * renderPool.ts. Batches are rendered one after another, in the order sent; only the small
 * records go back to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type RenderBatch, type RenderWorkerData, renderAndStore } from './renderPool.ts';

const { settings, bodiesDir } = workerData as RenderWorkerData;
let previous: Promise<unknown> = Promise.resolve();
parentPort!.on('message', ({ articles }: RenderBatch) => {
  // A failure to store a body stops the worker: its error reaches the pool's 'error' handler.
  previous = previous.then(async () =>
    parentPort!.postMessage(await renderAndStore(articles, settings, bodiesDir)),
  );
  previous.catch((error: unknown) => {
    throw error;
  });
});
