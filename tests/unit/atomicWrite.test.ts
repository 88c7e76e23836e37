import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../src/build/atomicWrite.ts';

describe('writeFileAtomic', () => {
  it('makes a missing folder, writes into a present one, and leaves no file aside', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-atomic-'));
    await writeFileAtomic(join(root, 'ab/cd/one.json'), '1');
    await writeFileAtomic(join(root, 'ab/cd/two.json'), '2');
    await writeFileAtomic(join(root, 'ab/cd/one.json'), 'one');
    expect(await readFile(join(root, 'ab/cd/one.json'), 'utf8')).toBe('one');
    expect(await readFile(join(root, 'ab/cd/two.json'), 'utf8')).toBe('2');
    expect((await readdir(join(root, 'ab/cd'))).sort()).toEqual(['one.json', 'two.json']);
  });

  it('fails with the reason when the folder cannot be made', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-atomic-'));
    await writeFile(join(root, 'taken'), 'a file, not a folder');
    await expect(writeFileAtomic(join(root, 'taken/one.json'), '1')).rejects.toThrow(/ENOTDIR/);
    await expect(writeFileAtomic(join(root, 'x/taken/one.json'), '1')).resolves.toBeUndefined();
  });

  it('writes the same way on this thread', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-atomic-'));
    writeFileAtomicSync(join(root, 'ab/cd/one.json'), '1');
    writeFileAtomicSync(join(root, 'ab/cd/one.json'), 'one');
    writeFileAtomicSync(join(root, 'ab/cd/two.json'), new TextEncoder().encode('2'));
    expect(await readFile(join(root, 'ab/cd/one.json'), 'utf8')).toBe('one');
    expect(await readFile(join(root, 'ab/cd/two.json'), 'utf8')).toBe('2');
    expect((await readdir(join(root, 'ab/cd'))).sort()).toEqual(['one.json', 'two.json']);
    await writeFile(join(root, 'taken'), 'a file, not a folder');
    expect(() => writeFileAtomicSync(join(root, 'taken/one.json'), '1')).toThrow(/ENOTDIR/);
  });
});
