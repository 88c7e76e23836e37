import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ICONS, drawIcons } from '../../src/cli/icons.ts';

const drawn = await mkdtemp(join(tmpdir(), 'dateline-icons-'));
afterAll(() => rm(drawn, { recursive: true, force: true }));

/** An image's pixels, RGBA, and its size. */
async function pixels(path: string) {
  const { data, info } = await sharp(path)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('icons', () => {
  it('are drawn from the mark as committed: a changed favicon.svg needs `npm run icons`', async () => {
    await copyFile('public/favicon.svg', join(drawn, 'favicon.svg'));
    await drawIcons(drawn);
    for (const { file, size } of ICONS) {
      const committed = await pixels(join('public', file));
      expect([committed.width, committed.height], file).toEqual([size, size]);
      expect(committed.data.equals((await pixels(join(drawn, file))).data), file).toBe(true);
    }
  });

  it('fill the touch icon’s square, as iOS expects, and keep the tab icon’s corners clear', async () => {
    for (const { file, opaque } of ICONS) {
      const { isOpaque } = await sharp(join('public', file)).stats();
      expect(isOpaque, file).toBe(opaque);
    }
  });
});
