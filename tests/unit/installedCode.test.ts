import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedPackages, installedCodeDigest, packageOf } from '../../src/build/installedCode.ts';

async function project() {
  const root = await mkdtemp(join(tmpdir(), 'dateline-packages-'));
  const pkg = async (dir: string, name: string, deps: Record<string, string>, code: string) => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name, dependencies: deps }));
    await writeFile(join(dir, 'index.js'), code);
  };
  await pkg(join(root, 'node_modules/sanitize'), 'sanitize', { 'hast-util': '1' }, 'export {}');
  await pkg(join(root, 'node_modules/hast-util'), 'hast-util', {}, 'strip on*');
  await pkg(join(root, 'node_modules/host'), 'host', { inner: '1' }, 'big');
  await pkg(join(root, 'node_modules/host/node_modules/inner'), 'inner', {}, 'v1');
  return root;
}

describe('installedCodeDigest', () => {
  it('changes when a dependency is patched in place, and comes back when it is restored', async () => {
    const root = await project();
    const file = join(root, 'node_modules/hast-util/index.js');
    const before = await installedCodeDigest(root, ['sanitize']);
    await writeFile(file, 'let onclick through');
    const patched = await installedCodeDigest(root, ['sanitize']);
    await writeFile(file, 'strip on*');
    expect(patched).not.toBe(before);
    expect(await installedCodeDigest(root, ['sanitize'])).toBe(before);
  });

  it('follows nested node_modules and hashes what a package provides instead of it', async () => {
    const root = await project();
    const digest = () => installedCodeDigest(root, ['host'], { host: ['inner'] });
    const before = await digest();
    await writeFile(join(root, 'node_modules/host/index.js'), 'changed, but not hashed');
    expect(await digest()).toBe(before);
    await writeFile(join(root, 'node_modules/host/node_modules/inner/index.js'), 'v2');
    expect(await digest()).not.toBe(before);
  });

  it('keeps a digest while no file changed, and hashes again after any write', async () => {
    const root = await project();
    const memo = join(root, 'memo.json');
    const first = await installedCodeDigest(root, ['sanitize'], {}, memo);
    expect(await installedCodeDigest(root, ['sanitize'], {}, memo)).toBe(first);
    await writeFile(join(root, 'node_modules/hast-util/index.js'), 'let onclick through');
    const patched = await installedCodeDigest(root, ['sanitize'], {}, memo);
    expect(patched).not.toBe(first);
    expect(patched).toBe(await installedCodeDigest(root, ['sanitize']));
  });

  it('tells a missing package from an installed one', async () => {
    const root = await project();
    expect(await installedCodeDigest(root, ['absent'])).not.toBe(
      await installedCodeDigest(root, []),
    );
  });
});

describe('importedPackages', () => {
  it('names the packages of bare imports, scopes kept, built-ins and relative paths left out', () => {
    const sources = [
      "import { a } from 'unified';\nimport type { B } from '@types/x/sub';",
      "import {\n  c,\n} from 'astro/zod';\nimport { d } from './local.ts';\nimport { e } from 'node:fs';",
    ];
    expect(importedPackages(sources)).toEqual(['@types/x', 'astro', 'unified']);
    expect(packageOf('astro:content')).toBeUndefined();
  });
});
