/**
 * Puts the made sizes of every photo a build publishes into the output's photos folder, from
 * the published index the loader wrote: the sizes the cache lacks are made (madePhotos.ts), new
 * files are hard-linked into the output, and files no page names go from both. Run on a worker
 * thread of its own (photoWorker.ts) while Astro bundles and renders the pages: naming 160,000
 * made files and looking through two folders of them is work the pages need not wait for.
 */
import { linkInto } from './linkInto.ts';
import { makePhotos, pruneMade } from './madePhotos.ts';
import { type CachePaths, photoMaking } from './caches.ts';
import { readPublishedIndex } from './publishedIndex.ts';
import { type MadeSize, type PhotoUse, madeSizesOf } from '../lib/photoSizes.ts';

/** What putting the photos in place did. */
export interface PhotoReport {
  /** Sizes made, because the cache lacked them. */
  made: number;
  /** Made files the output holds. */
  files: number;
  /** Files linked into the output, and removed from it. */
  added: number;
  removed: number;
  /** Files no page names, deleted from the cache. */
  pruned: number;
  seconds: number;
}

/**
 * Makes, links and prunes the published photos' sizes (see the module's comment), leaving the
 * names in `others` (the public folder's photos) in the output.
 */
export async function publishPhotos(
  root: string,
  cache: CachePaths,
  output: string,
  others: ReadonlySet<string> = new Set(),
): Promise<PhotoReport> {
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
  const { made, listed } = await makePhotos(root, cache.photos, sizes);
  const names = new Set(sizes.map((size) => size.name));
  const { added, removed } = await linkInto(cache.photos, output, names, others);
  const pruned = await pruneMade(cache.photos, names, listed);
  return {
    made,
    files: names.size,
    added,
    removed,
    pruned,
    seconds: (performance.now() - started) / 1000,
  };
}
