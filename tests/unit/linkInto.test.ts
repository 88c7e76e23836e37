import { mkdir, mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkInto, linkTree } from '../../src/build/linkInto.ts';

describe('linkInto', () => {
  it('publishes by hard link, leaves what is in place, and removes what no page names', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-publish-made-'));
    const cache = join(root, 'cache');
    const out = join(root, 'dist/photos');
    await mkdir(cache);
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) await writeFile(join(cache, name), name);
    expect(await linkInto(cache, out, new Set(['a.jpg', 'b.jpg']))).toEqual({
      added: 2,
      removed: 0,
    });
    expect((await stat(join(out, 'a.jpg'))).ino).toBe((await stat(join(cache, 'a.jpg'))).ino);
    const before = (await stat(join(out, 'a.jpg'))).mtimeMs;
    expect(await linkInto(cache, out, new Set(['a.jpg', 'c.jpg']))).toEqual({
      added: 1,
      removed: 1,
    });
    expect((await readdir(out)).sort()).toEqual(['a.jpg', 'c.jpg']);
    expect((await stat(join(out, 'a.jpg'))).mtimeMs).toBe(before);
  });

  it('removes the folder when nothing is named', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-link-into-'));
    await mkdir(join(root, 'cache'));
    await writeFile(join(root, 'cache/a.png'), 'a');
    await linkInto(join(root, 'cache'), join(root, 'dist/cards'), new Set(['a.png']));
    expect(await linkInto(join(root, 'cache'), join(root, 'dist/cards'), new Set())).toEqual({
      added: 0,
      removed: 1,
    });
    expect(await readdir(join(root, 'dist'))).toEqual([]);
  });

  it('leaves what the public folder put there, the folder too when nothing else is named', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-link-into-public-'));
    const cache = join(root, 'cache');
    const out = join(root, 'dist/photos');
    await mkdir(cache);
    await mkdir(join(out, 'staff'), { recursive: true });
    await writeFile(join(cache, 'a.jpg'), 'a');
    await writeFile(join(out, 'logo.png'), 'logo');
    await writeFile(join(out, 'staff/desk.jpg'), 'desk');
    await writeFile(join(out, 'old.jpg'), 'old');
    const others = new Set(['logo.png', 'staff', join('staff', 'desk.jpg')]);
    expect(await linkInto(cache, out, new Set(['a.jpg']), others)).toEqual({
      added: 1,
      removed: 1,
    });
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      'a.jpg',
      'logo.png',
      'staff',
      'staff/desk.jpg',
    ]);
    expect(await linkInto(cache, out, new Set(), others)).toEqual({ added: 0, removed: 1 });
    expect((await readdir(out)).sort()).toEqual(['logo.png', 'staff']);
    // A file gone from a public subfolder goes from the output, as a clean build would not have it.
    await writeFile(join(out, 'staff/old.jpg'), 'old');
    await linkInto(cache, out, new Set(), others);
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      'logo.png',
      'staff',
      join('staff', 'desk.jpg'),
    ]);
  });
});

describe('linkTree', () => {
  it('links every file of a folder and its subfolders into a new folder, leaving out the skipped', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-link-tree-'));
    const cache = join(root, 'cache/2024-abc');
    await mkdir(join(cache, 'fragment'), { recursive: true });
    await mkdir(join(cache, 'index/deep'), { recursive: true });
    await writeFile(join(cache, 'pagefind-entry.json'), '{}');
    await writeFile(join(cache, 'fragment/a.pf_fragment'), 'a');
    await writeFile(join(cache, 'index/deep/b.pf_index'), 'b');
    await writeFile(join(cache, '.complete'), '');
    const out = join(root, 'dist/pagefind/2024');
    await linkTree(cache, out, (name) => name === '.complete');
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      'fragment',
      'fragment/a.pf_fragment',
      'index',
      'index/deep',
      'index/deep/b.pf_index',
      'pagefind-entry.json',
    ]);
    expect(await readFile(join(out, 'index/deep/b.pf_index'), 'utf8')).toBe('b');
    expect((await stat(join(out, 'fragment/a.pf_fragment'))).ino).toBe(
      (await stat(join(cache, 'fragment/a.pf_fragment'))).ino,
    );
  });
});
