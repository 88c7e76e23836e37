import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codeDigest,
  importGraph,
  importSpecifiers,
  statementsOf,
} from '../../src/build/codeDigest.ts';

/** A project folder with the given modules. */
async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'dateline-code-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('code digests', () => {
  it('find the run-time imports of a module, never a type-only one', () => {
    expect(
      importSpecifiers(
        [
          "import a from './a.ts';",
          "import type { B } from './b.ts';",
          "import { type C, d } from './c.ts';",
          "export { e } from './e.ts';",
          "export type { F } from './f.ts';",
          "import './side.ts';",
          "const g = await import('./g.ts');",
          "new Worker(new URL('./worker.ts', import.meta.url));",
          "import sharp from 'sharp';",
        ].join('\n'),
      ).sort(),
    ).toEqual(['./a.ts', './c.ts', './e.ts', './g.ts', './side.ts', './worker.ts', 'sharp']);
  });

  it('reduce a module to its statements: no comments, types, layout or import lines', async () => {
    const a =
      "import { x } from './x.ts';\nimport { y } from './y.ts';\n// why\nexport const z: number = x + y;\n";
    const b =
      "import { y } from '../moved/y.ts';\nimport { x } from '../moved/x.ts';\n\n/** Another comment. */\nexport const z = x + y;\n";
    expect(await statementsOf(a)).toBe(await statementsOf(b));
    expect(await statementsOf(a)).not.toContain('import');
    expect(await statementsOf(a)).not.toBe(await statementsOf(a.replace('x + y', 'y + x')));
  });

  it('follow imports from module to module, and change with any statement they reach', async () => {
    const root = await project({
      'src/maker.ts':
        "import { helper } from './helper.ts';\nimport type { T } from './types.ts';\nexport const made = helper();\n",
      'src/helper.ts': "import sharp from 'sharp';\nexport const helper = () => sharp;\n",
      'src/types.ts': 'export type T = string;\n',
      'src/unrelated.ts': 'export const words = "a page\'s words";\n',
    });
    expect(await importGraph(root, ['src/maker.ts'])).toEqual({
      modules: ['src/helper.ts', 'src/maker.ts'],
      packages: ['sharp'],
    });
    const before = (await codeDigest(root, ['src/maker.ts'])).digest;
    await writeFile(join(root, 'src/unrelated.ts'), 'export const words = "other words";\n');
    await writeFile(
      join(root, 'src/helper.ts'),
      "import sharp from 'sharp';\n// a comment\nexport const helper = () => sharp;\n",
    );
    expect((await codeDigest(root, ['src/maker.ts'])).digest).toBe(before);
    await writeFile(
      join(root, 'src/helper.ts'),
      "import sharp from 'sharp';\nexport const helper = () => sharp.versions;\n",
    );
    expect((await codeDigest(root, ['src/maker.ts'])).digest).not.toBe(before);
  });
});
