import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { namedInDev } from '../build/devPhotos.ts';
import { linkInto } from '../build/linkInto.ts';
import { makePhotos, pruneMade } from '../build/madePhotos.ts';
import { photoMaking } from '../build/caches.ts';
import { readPublishedIndex } from '../build/publishedIndex.ts';
import type { CachePaths } from '../build/caches.ts';
import { countOf } from '../lib/plural.ts';
import { type MadeSize, PHOTOS_FOLDER, type PhotoUse, madeSizesOf } from '../lib/photoSizes.ts';
import { madeType } from '../lib/pictures.ts';

/** The sizes a build publishes, and what making the missing ones cost. */
interface Made {
  names: Set<string>;
  made: number;
  seconds: number;
}

/**
 * Makes the photos of the stories and profiles a build publishes into the output's `photos/`
 * folder, and nothing else: never an original, never a photo of a draft or a held-back story.
 * It works as the search index and the drawn cards do: from the published index the loader
 * wrote, starting when the build starts, so the making runs while Astro renders the pages, and
 * only putting the files in place waits for them. A made file already in the output stays
 * where it is; a new one is hard-linked from the cache (one copy on disk for both); one no page
 * names goes. The pages name the same files through the same functions (src/lib/photoSizes.ts).
 * The dev server makes a size when the browser first asks for it.
 */
export function photos(options: { cache: CachePaths; base: string }): AstroIntegration {
  let root = '';
  let making: Promise<Made> | undefined;
  return {
    name: 'dateline-photos',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
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
        making = makePublished(root, options.cache);
        making.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { names, made, seconds } = await (making ?? makePublished(root, options.cache));
        const output = join(fileURLToPath(dir), PHOTOS_FOLDER);
        const { added, removed } = await linkInto(options.cache.photos, output, names);
        const pruned = await pruneMade(options.cache.photos, names);
        logger.info(
          `photos: ${made} made in ${seconds.toFixed(1)} s, beside the pages; ${countOf(names.size, 'file')} in all (${added} added, ${removed} removed; ${pruned} pruned from the cache)`,
        );
      },
    },
  };
}

/** Makes every size of every published photo that the cache lacks. */
async function makePublished(root: string, cache: CachePaths): Promise<Made> {
  const started = performance.now();
  const [index, stamp] = await Promise.all([
    readPublishedIndex(cache.published),
    photoMaking(root),
  ]);
  const uses = new Map<string, PhotoUse[]>();
  const use = (key: string | undefined, how: PhotoUse) => {
    if (key) uses.set(key, [...(uses.get(key) ?? []), how]);
  };
  for (const story of index.stories) {
    use(story.leadPhoto, 'lead');
    for (const key of story.bodyPhotos) use(key, 'body');
  }
  for (const author of index.authors) {
    use(author.portrait, 'portrait');
    for (const key of author.bioPhotos) use(key, 'body');
  }
  const sizes: MadeSize[] = index.photos.flatMap((photo) =>
    madeSizesOf(photo, uses.get(photo.key) ?? [], stamp),
  );
  const made = await makePhotos(root, cache.photos, sizes);
  return {
    names: new Set(sizes.map((size) => size.name)),
    made,
    seconds: (performance.now() - started) / 1000,
  };
}
