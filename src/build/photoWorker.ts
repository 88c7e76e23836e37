/**
 * A worker thread that puts a build's published photos in place (publishedPhotos.ts) and
 * answers with what it did, or with why it could not.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CachePaths } from './caches.ts';
import { type PhotoReport, publishPhotos } from './publishedPhotos.ts';

/** What the worker is given. */
export interface PhotoJob {
  root: string;
  cache: CachePaths;
  output: string;
  /** What the public folder puts in the output's photos folder (see publicFiles.ts). */
  publicNames: string[];
}

/** What it answers. */
export type PhotoAnswer = { report: PhotoReport } | { error: string };

const { root, cache, output, publicNames } = workerData as PhotoJob;
parentPort!.postMessage(
  await publishPhotos(root, cache, output, new Set(publicNames)).then(
    (report): PhotoAnswer => ({ report }),
    (error: unknown): PhotoAnswer => ({
      error: error instanceof Error ? error.message : String(error),
    }),
  ),
);
