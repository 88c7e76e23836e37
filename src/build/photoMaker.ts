/**
 * Makes the sizes pages show of the photos beside the articles (see src/lib/photoSizes.ts), with
 * sharp: turned upright by their EXIF orientation, scaled or cut from the centre, converted to
 * sRGB and written without any of the original's metadata (no camera, no GPS, no XMP or IPTC).
 * The original is never published. Made files are kept in the cache by name; the name covers the
 * photo's bytes and how photos are made, so a file is made once and reused for good.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { mapLimited } from '../lib/limit.ts';
import type { MadeSize } from '../lib/photoSizes.ts';
import { writeFileAtomic } from './atomicWrite.ts';

/**
 * How each format is encoded. AVIF at sharp's default effort (4) took 1.3 s per photo's widths;
 * effort 2 takes 0.3 s for files 6% larger (see the bench's --photos). Qualities are sharp's.
 */
export const ENCODERS = {
  avif: { effort: 2 },
  webp: {},
  jpeg: {},
  png: {},
  gif: {},
} as const;

/** Makes one size of the photo at `source` into `file`, written aside and renamed into place. */
export async function makePhoto(source: string, size: MadeSize, file: string): Promise<void> {
  const image = sharp(source, { failOn: 'truncated' })
    .autoOrient()
    .resize(size.width, size.height, { fit: 'cover', position: 'centre' });
  const encoded =
    size.format === 'avif'
      ? image.avif(ENCODERS.avif)
      : size.format === 'webp'
        ? image.webp(ENCODERS.webp)
        : size.format === 'png'
          ? image.png(ENCODERS.png)
          : size.format === 'gif'
            ? image.gif(ENCODERS.gif)
            : image.jpeg(ENCODERS.jpeg);
  await writeFileAtomic(file, await encoded.toBuffer());
}

/** Photos made at once: sharp spreads each over its own threads too. */
const CONCURRENCY = 2;

/**
 * Makes every size the cache folder `dir` lacks from the photos below `root`; says how many it
 * made, or fails naming each photo it could not make.
 */
export async function makePhotos(
  root: string,
  dir: string,
  sizes: readonly MadeSize[],
): Promise<number> {
  await mkdir(dir, { recursive: true });
  const missing = sizes.filter((size) => !existsSync(join(dir, size.name)));
  const failed: string[] = [];
  await mapLimited(
    missing,
    (size) =>
      makePhoto(resolve(root, size.key), size, join(dir, size.name)).catch((error: unknown) => {
        failed.push(
          `${size.key} (${size.name}): ${error instanceof Error ? error.message : String(error)}`,
        );
      }),
    CONCURRENCY,
  );
  if (failed.length > 0) throw new Error(`photos not made:\n${failed.join('\n')}`);
  return missing.length;
}

/** Deletes the made files in `dir` that `keep` does not name; says how many. */
export async function pruneMade(dir: string, keep: ReadonlySet<string>): Promise<number> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const stale = files.filter((file) => !keep.has(file) && !file.endsWith('.tmp'));
  await mapLimited(stale, (file) => rm(join(dir, file), { force: true }));
  return stale.length;
}
