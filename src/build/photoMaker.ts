/**
 * Makes the sizes pages show of the photos beside the articles (see src/lib/photoSizes.ts), with
 * sharp: turned upright by their EXIF orientation, scaled or cut from the centre, converted to
 * sRGB and written without any of the original's metadata (no camera, no GPS, no XMP or IPTC).
 * The original is never published. Made files are kept in the cache by name; the name covers the
 * photo's bytes and how photos are made, so a file is made once and reused for good. This
 * module is what the name's digest covers (see caches.ts): keep in it only what shapes a made
 * file, so a change to how the cache folder is looked through (madePhotos.ts) remakes nothing.
 */
import sharp from 'sharp';
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
