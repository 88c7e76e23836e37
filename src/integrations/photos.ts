import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { namedInDev } from '../build/devPhotos.ts';
import { makePhotos } from '../build/madePhotos.ts';
import { publicNames } from '../build/publicFiles.ts';
import type { PhotoAnswer, PhotoJob } from '../build/photoWorker.ts';
import type { PhotoReport } from '../build/publishedPhotos.ts';
import type { CachePaths } from '../build/caches.ts';
import { countOf } from '../lib/plural.ts';
import { PHOTOS_FOLDER } from '../lib/photoSizes.ts';
import { madeType } from '../lib/pictures.ts';

/**
 * Makes the photos of the stories and profiles a build publishes into the output's `photos/`
 * folder, and nothing else: never an original, never a photo of a draft or a held-back story.
 * It works as the search index and the drawn cards do: from the published index the loader
 * wrote, starting when the build starts, on a worker thread (src/build/publishedPhotos.ts), so
 * the making and the linking run while Astro bundles and renders the pages, and the build only
 * waits for them at its end. A made file already in the output stays where it is; a new one is
 * hard-linked from the cache (one copy on disk for both); one no page names goes, but what Astro
 * copies there from `public/photos/`. No other integration writes into that folder. The pages
 * name the same files through the same functions (src/lib/photoSizes.ts). The dev server makes
 * a size when the browser first asks for it.
 */
export function photos(options: { cache: CachePaths; base: string }): AstroIntegration {
  let root = '';
  let output = '';
  let publicDir = '';
  let putting: Promise<PhotoReport> | undefined;
  const job = (): PhotoJob => ({
    root,
    cache: options.cache,
    output,
    publicNames: [...publicNames(publicDir, PHOTOS_FOLDER)],
  });
  return {
    name: 'dateline-photos',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        output = join(fileURLToPath(config.outDir), PHOTOS_FOLDER);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${options.base}${PHOTOS_FOLDER}/`;
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          const size = path.startsWith(prefix)
            ? namedInDev(decodeURIComponent(path.slice(prefix.length)))
            : undefined;
          if (!size) return next();
          makePhotos(root, options.cache.photos, [size]).then(
            () => {
              response.setHeader('Content-Type', madeType(size));
              createReadStream(join(options.cache.photos, size.name)).pipe(response);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:start': () => {
        putting = inWorker(job());
        putting.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        const report = await (putting ?? inWorker(job()));
        const { made, seconds, files, added, removed, pruned } = report;
        logger.info(
          `photos: ${made} made in ${seconds.toFixed(1)} s, beside the pages; ${countOf(files, 'file')} in all (${added} added, ${removed} removed; ${pruned} pruned from the cache)`,
        );
      },
    },
  };
}

/** Puts the published photos in place on a worker thread (see publishedPhotos.ts). */
function inWorker(job: PhotoJob): Promise<PhotoReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../build/photoWorker.ts', import.meta.url), {
      workerData: job,
    });
    worker.once('message', (answer: PhotoAnswer) =>
      'report' in answer ? resolve(answer.report) : reject(new Error(answer.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the photo worker exited with ${code}`)));
  });
}
