import { mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cachePaths } from '../../src/build/caches.ts';
import type { PublishedEntry, PublishedIndex } from '../../src/build/publishedIndex.ts';
import { publishPhotos } from '../../src/build/publishedPhotos.ts';
import type { PhotoInfo } from '../../src/lib/photoSizes.ts';

/** The project: photo keys are paths from it, and the maker's code is read from it. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A cache and an output folder, and a photo beside an article, known by its key. */
async function site() {
  const folder = await mkdtemp(join(tmpdir(), 'dateline-published-photos-'));
  await mkdir(join(folder, 'content'));
  const file = join(folder, 'content', 'harbour.jpg');
  await sharp({ create: { width: 640, height: 400, channels: 3, background: '#357' } })
    .jpeg()
    .toFile(file);
  const photo: PhotoInfo = {
    key: relative(ROOT, file),
    width: 640,
    height: 400,
    format: 'jpeg',
    digest: 'd1',
  };
  const cache = cachePaths(join(folder, 'cache'));
  await mkdir(join(folder, 'cache', 'dateline'), { recursive: true });
  const publish = (photos: PhotoInfo[], lead?: string) => {
    const story = { slug: 'a', bodyPhotos: [], leadPhoto: lead } as unknown as PublishedEntry;
    const index: PublishedIndex = { stories: [story], authors: [], photos };
    return writeFile(cache.published, JSON.stringify(index));
  };
  return { photo, cache, output: join(folder, 'dist', 'photos'), publish };
}

describe('the published photos', () => {
  it('are made once, linked into the output once, and go from both when unpublished', async () => {
    const { photo, cache, output, publish } = await site();
    await publish([photo], photo.key);
    const first = await publishPhotos(ROOT, cache, output);
    expect(first.made).toBeGreaterThan(5);
    expect(first).toMatchObject({ files: first.made, added: first.made, removed: 0, pruned: 0 });
    const shown = (await readdir(output)).sort();
    expect(shown).toEqual((await readdir(cache.photos)).sort());
    // One copy on disk for both: the output's file is the cache's.
    const [name] = shown;
    expect((await stat(join(output, name!))).ino).toBe((await stat(join(cache.photos, name!))).ino);

    const again = await publishPhotos(ROOT, cache, output);
    expect(again).toMatchObject({ made: 0, files: first.files, added: 0, removed: 0, pruned: 0 });

    await publish([]);
    const gone = await publishPhotos(ROOT, cache, output);
    expect(gone).toMatchObject({ made: 0, files: 0, removed: first.files, pruned: first.files });
    expect(await readdir(cache.photos)).toEqual([]);
  });

  it('leaves the files the public folder put into the photos folder', async () => {
    const { photo, cache, output, publish } = await site();
    await mkdir(output, { recursive: true });
    await writeFile(join(output, 'logo.png'), 'logo');
    await publish([photo], photo.key);
    const first = await publishPhotos(ROOT, cache, output, new Set(['logo.png']));
    expect(first).toMatchObject({ removed: 0 });
    await publish([]);
    const gone = await publishPhotos(ROOT, cache, output, new Set(['logo.png']));
    expect(gone).toMatchObject({ files: 0, removed: first.files });
    expect(await readdir(output)).toEqual(['logo.png']);
  });

  it('fails naming the photo it could not make', async () => {
    const { photo, cache, output, publish } = await site();
    const missing = { ...photo, key: `${photo.key}.gone.jpg` };
    await publish([missing], missing.key);
    await expect(publishPhotos(ROOT, cache, output)).rejects.toThrow(missing.key);
  });
});
