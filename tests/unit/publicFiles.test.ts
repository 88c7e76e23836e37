import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicNames, pruneInsidePublic } from '../../src/build/publicFiles.ts';

describe('publicNames', () => {
  it('names the files and subfolders a public folder holds in one folder of the output', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-public-names-'));
    await mkdir(join(root, 'photos/staff'), { recursive: true });
    await writeFile(join(root, 'photos/logo.png'), 'logo');
    await writeFile(join(root, 'photos/staff/desk.jpg'), 'desk');
    expect([...publicNames(root, 'photos')].sort()).toEqual([
      'logo.png',
      'staff',
      join('staff', 'desk.jpg'),
    ]);
  });

  it('names nothing where the folder is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-public-none-'));
    expect(publicNames(root, 'cards').size).toBe(0);
    expect(publicNames(join(root, 'no-public'), 'photos').size).toBe(0);
  });
});

describe('pruneInsidePublic', () => {
  it('removes from the output’s copies of public subfolders what the public folder no longer holds', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-public-prune-'));
    const pub = join(root, 'public');
    const out = join(root, 'dist/photos');
    await mkdir(join(pub, 'photos/staff'), { recursive: true });
    await writeFile(join(pub, 'photos/staff/desk.jpg'), 'desk');
    await mkdir(join(out, 'staff/old'), { recursive: true });
    for (const file of ['staff/desk.jpg', 'staff/gone.jpg', 'staff/old/a.jpg', 'made.avif'])
      await writeFile(join(out, file), file);
    await pruneInsidePublic(out, publicNames(pub, 'photos'));
    expect((await readdir(out, { recursive: true })).sort()).toEqual([
      'made.avif',
      'staff',
      join('staff', 'desk.jpg'),
    ]);
  });
});
