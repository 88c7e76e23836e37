import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makePhoto } from '../../src/build/photoMaker.ts';
import { type PhotoInfo, madeSizesOf, previewImages } from '../../src/lib/photoSizes.ts';

/** A JPEG as a phone saves it: turned by EXIF, with the camera and where it was. */
async function phonePhoto(path: string): Promise<void> {
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#4a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Phone', Model: 'Camera', Orientation: '6' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '0/1 7/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toFile(path);
}

describe('the photo maker', () => {
  it('makes every size upright, exactly as named, with no metadata of the original', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-maker-'));
    await mkdir(join(root, 'content'));
    await phonePhoto(join(root, 'content/phone.jpg'));
    const source = await sharp(join(root, 'content/phone.jpg')).metadata();
    expect(source.exif).toBeDefined();
    const info: PhotoInfo = {
      key: 'content/phone.jpg',
      width: 1200,
      height: 1600,
      format: 'jpeg',
      digest: 'd',
    };
    const sizes = madeSizesOf(info, ['lead'], 'stamp');
    const cache = join(root, 'cache');
    await mkdir(cache);
    for (const size of sizes) {
      await makePhoto(join(root, size.key), size, join(cache, size.name));
      const made = await sharp(join(cache, size.name)).metadata();
      expect([made.width, made.height], size.name).toEqual([size.width, size.height]);
      expect(made.exif, size.name).toBeUndefined();
      expect(made.xmp, size.name).toBeUndefined();
      expect(made.iptc, size.name).toBeUndefined();
      expect(made.orientation ?? 1, size.name).toBe(1);
    }
    // Portrait in, portrait out: the card is cut from the upright photo.
    expect(previewImages(info, 'stamp').card).toMatchObject({ width: 1200, height: 630 });
  });
});
