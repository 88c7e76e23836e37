import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makePhotos, pruneMade } from '../../src/build/madePhotos.ts';
import { type PhotoInfo, madeSizesOf } from '../../src/lib/photoSizes.ts';

/** A folder with a small photo in `content/`, and the sizes a lead photo is made in. */
async function site(photos: number) {
  const root = await mkdtemp(join(tmpdir(), 'dateline-made-'));
  await mkdir(join(root, 'content'));
  const sizes = [];
  for (let n = 0; n < photos; n++) {
    const key = `content/photo-${n}.jpg`;
    await sharp({ create: { width: 640, height: 400, channels: 3, background: '#4a7' } })
      .jpeg()
      .toFile(join(root, key));
    const info: PhotoInfo = { key, width: 640, height: 400, format: 'jpeg', digest: `d${n}` };
    sizes.push(...madeSizesOf(info, ['lead'], 'stamp'));
  }
  return { root, cache: join(root, 'cache'), sizes };
}

describe('the made photos folder', () => {
  it('makes only the sizes it lacks, when a build asks for every size at once', async () => {
    const { root, cache, sizes } = await site(12);
    expect(sizes.length).toBeGreaterThan(64);
    // Every size but two is already made (a stand-in file: it must be left as it is).
    await mkdir(cache);
    const lacking = [sizes[3]!, sizes[sizes.length - 1]!];
    for (const size of sizes)
      if (!lacking.includes(size)) await writeFile(join(cache, size.name), 'made before');
    const making = await makePhotos(root, cache, sizes);
    expect(making.made).toBe(2);
    // The listing from before the making, for the pruning after the build.
    expect([...making.listed!].sort()).toEqual(
      sizes
        .filter((size) => !lacking.includes(size))
        .map((size) => size.name)
        .sort(),
    );
    for (const size of lacking) {
      const made = await sharp(join(cache, size.name)).metadata();
      expect([made.width, made.height], size.name).toEqual([size.width, size.height]);
    }
    expect(await readFile(join(cache, sizes[0]!.name), 'utf8')).toBe('made before');
    expect((await makePhotos(root, cache, sizes)).made).toBe(0);
  });

  it('makes one size the dev server asks for, once', async () => {
    const { root, cache, sizes } = await site(1);
    expect(await makePhotos(root, cache, [sizes[0]!])).toEqual({ made: 1, listed: undefined });
    expect(await readdir(cache)).toEqual([sizes[0]!.name]);
    expect((await makePhotos(root, cache, [sizes[0]!])).made).toBe(0);
  });

  it('names every photo it could not make', async () => {
    const { root, cache, sizes } = await site(1);
    const broken = { ...sizes[0]!, key: 'content/missing.jpg' };
    await expect(makePhotos(root, cache, [broken])).rejects.toThrow(/content\/missing\.jpg/);
  });

  it('prunes the made files no page names, and keeps the rest', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'dateline-prune-made-'));
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) await writeFile(join(cache, name), name);
    expect(await pruneMade(cache, new Set(['a.jpg', 'c.jpg']))).toBe(1);
    expect((await readdir(cache)).sort()).toEqual(['a.jpg', 'c.jpg']);
  });

  it('prunes from the listing it is given, not the folder, when given one', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'dateline-prune-made-'));
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) await writeFile(join(cache, name), name);
    // c.jpg was made after the listing: it is one the build names, and is kept anyway.
    expect(await pruneMade(cache, new Set(['a.jpg', 'c.jpg']), ['a.jpg', 'b.jpg'])).toBe(1);
    expect((await readdir(cache)).sort()).toEqual(['a.jpg', 'c.jpg']);
    // A file the listing does not hold is left for the next build's pruning.
    await writeFile(join(cache, 'd.jpg'), 'd');
    expect(await pruneMade(cache, new Set(['a.jpg']), ['a.jpg'])).toBe(0);
    expect((await readdir(cache)).sort()).toEqual(['a.jpg', 'c.jpg', 'd.jpg']);
  });
});
