import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicNames } from '../../src/build/publicFiles.ts';

describe('publicNames', () => {
  it('names the files and subfolders a public folder holds in one folder of the output', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-public-names-'));
    await mkdir(join(root, 'photos/staff'), { recursive: true });
    await writeFile(join(root, 'photos/logo.png'), 'logo');
    await writeFile(join(root, 'photos/staff/desk.jpg'), 'desk');
    expect([...publicNames(root, 'photos')].sort()).toEqual(['logo.png', 'staff']);
  });

  it('names nothing where the folder is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-public-none-'));
    expect(publicNames(root, 'cards').size).toBe(0);
    expect(publicNames(join(root, 'no-public'), 'photos').size).toBe(0);
  });
});
