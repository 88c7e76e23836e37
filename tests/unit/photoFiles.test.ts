import { mkdir, mkdtemp, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadPhotoMemo, readPhotos, savePhotoMemo } from '../../src/content/photoFiles.ts';
import { checkPhotos } from '../../src/content/photoChecks.ts';
import { photoKey } from '../../src/lib/photoKeys.ts';

/** A project folder with a content folder. */
async function project(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'dateline-photo-files-'));
  await mkdir(join(root, 'content'));
  return root;
}

/** A solid PNG without compression: its length depends on its size alone. */
const solidPng = (colour: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
    .png({ compressionLevel: 0 })
    .toBuffer();

describe('reading photos', () => {
  it('gives the size as shown, its EXIF orientation applied, and a digest of the bytes', async () => {
    const root = await project();
    const upright = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#258' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    await writeFile(join(root, 'content/turned.jpg'), upright);
    const readings = await readPhotos(
      root,
      ['content'],
      ['content/turned.jpg'],
      await loadPhotoMemo(),
    );
    expect(readings.get('content/turned.jpg')).toEqual({
      info: {
        key: 'content/turned.jpg',
        width: 200,
        height: 300,
        format: 'jpeg',
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
  });

  it('refuses a photo cut short, one that is missing, not a photo, or outside the content folders', async () => {
    const root = await project();
    const whole = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#852' },
    })
      .jpeg()
      .toBuffer();
    const cutJpeg = whole.subarray(0, Math.floor(whole.length * 0.6));
    // A PNG cut short: libpng says only "read error", its start still reads as a PNG.
    // Pixels of a fixed pseudo-random pattern: the file is long, and the same every run.
    const pixels = Buffer.alloc(400 * 300 * 3);
    for (let i = 0, x = 1; i < pixels.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      pixels[i] = x >>> 24;
    }
    const png = await sharp(pixels, { raw: { width: 400, height: 300, channels: 3 } })
      .png()
      .toBuffer();
    const cutPng = png.subarray(0, Math.floor(png.length * 0.6));
    // Several of each, read at once: libvips keeps one error text for all its threads, and
    // pictures failing together were told each other's reasons.
    const cut = [1, 2, 3, 4, 5, 6].flatMap((n) => [`content/cut${n}.jpg`, `content/cut${n}.png`]);
    for (const key of cut)
      await writeFile(join(root, key), key.endsWith('.png') ? cutPng : cutJpeg);
    await writeFile(join(root, 'content/notes.txt'), 'text');
    await writeFile(join(root, 'outside.jpg'), whole);
    const keys = [...cut, 'content/gone.jpg', 'content/notes.txt', 'outside.jpg'];
    const readings = await readPhotos(root, ['content'], keys, await loadPhotoMemo());
    for (const key of cut)
      expect(readings.get(key)?.problem).toMatch(
        key.endsWith('.jpg')
          ? /^is cut short: the file ends before the picture does \(.*premature end.*; upload it again\)$/i
          : /^is cut short or damaged: its start reads as a PNG picture, the rest does not \((?!.*premature end).+; upload it again, or save it again from the original\)$/i,
      );
    expect(readings.get('content/gone.jpg')).toMatchObject({ missing: true });
    expect(readings.get('content/gone.jpg')?.problem).toMatch(/^is not a file \(add it as/);
    expect(readings.get('content/notes.txt')?.problem).toMatch(/^is not a photo/);
    expect(readings.get('outside.jpg')?.problem).toMatch(/^is outside the content folders/);
  });

  it('tells a file cut short before its header ends, or empty, as such', async () => {
    const root = await project();
    const gif = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#852' },
    })
      .gif()
      .toBuffer();
    const jpeg = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#852' },
    })
      .jpeg()
      .toBuffer();
    await writeFile(join(root, 'content/cut.gif'), gif.subarray(0, Math.floor(gif.length * 0.6)));
    await writeFile(join(root, 'content/begun.jpg'), jpeg.subarray(0, 3));
    await writeFile(join(root, 'content/empty.jpg'), Buffer.alloc(0));
    const keys = ['content/cut.gif', 'content/begun.jpg', 'content/empty.jpg'];
    const readings = await readPhotos(root, ['content'], keys, await loadPhotoMemo());
    for (const key of keys.slice(0, 2))
      expect(readings.get(key)?.problem).toMatch(
        /^is cut short: the file ends before the picture does \(.*(premature|unexpected) end.*; upload it again\)$/i,
      );
    expect(readings.get('content/empty.jpg')?.problem).toBe(
      'is an empty file (upload the photo again)',
    );
  });

  it('refuses a photo of more pixels than sharp decodes, with its size and what to do', async () => {
    const root = await project();
    // Only the header is read: a PNG that says it is 16,500 pixels square is enough.
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(16_500, 0);
    header.writeUInt32BE(16_500, 4);
    header.set([8, 0, 0, 0, 0], 8);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.alloc(16_501))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    await writeFile(join(root, 'content/giant.png'), png);
    const readings = await readPhotos(
      root,
      ['content'],
      ['content/giant.png'],
      await loadPhotoMemo(),
    );
    expect(readings.get('content/giant.png')?.problem).toBe(
      'is 16,500 × 16,500 pixels, more than the 268 million a photo may have (save it again smaller: 6,000 pixels on its longer side is more than any page shows)',
    );
  });

  it('refuses a link beside an article to a photo outside the content folders, and follows one inside', async () => {
    const root = await project();
    const photo = await solidPng('#0a0');
    await writeFile(join(root, 'private.png'), photo);
    await writeFile(join(root, 'content/own.png'), photo);
    await symlink(join(root, 'private.png'), join(root, 'content/linked.png'));
    await symlink(join(root, 'content/own.png'), join(root, 'content/alias.png'));
    const keys = ['content/linked.png', 'content/alias.png'];
    const readings = await readPhotos(root, ['content'], keys, await loadPhotoMemo());
    expect(readings.get('content/linked.png')?.problem).toMatch(
      /^is a link to a file outside the content folders/,
    );
    expect(readings.get('content/alias.png')?.info).toMatchObject({ width: 40, height: 30 });
    // Whose photo it is, the file itself tells: its key is named beside the reading.
    expect(readings.get('content/alias.png')?.real).toBe('content/own.png');
    await mkdir(join(root, 'content/shared'));
    await writeFile(join(root, 'content/shared/one.png'), photo);
    await symlink(join(root, 'content/shared'), join(root, 'content/through'));
    const through = await readPhotos(
      root,
      ['content'],
      ['content/through/one.png', 'content/shared/one.png'],
      await loadPhotoMemo(),
    );
    expect(through.get('content/through/one.png')?.real).toBe('content/shared/one.png');
    expect(through.get('content/shared/one.png')?.real).toBeUndefined();
  });

  it('reads a photo once while it is unchanged, and again when another of the same size and time replaces it', async () => {
    const root = await project();
    const path = join(root, 'content/swap.png');
    const [red, blue] = await Promise.all([solidPng('#f00'), solidPng('#00f')]);
    expect(red.length).toBe(blue.length);
    await writeFile(path, red);
    const memoFile = join(root, 'memo.json');
    const memo = await loadPhotoMemo(memoFile);
    const first = (await readPhotos(root, ['content'], ['content/swap.png'], memo)).get(
      'content/swap.png',
    );
    await savePhotoMemo(memo, new Set(['content/swap.png']));
    // A new build reads the memo: the unchanged photo is not read again.
    const kept = await loadPhotoMemo(memoFile);
    expect(kept.entries.get('content/swap.png')?.reading).toEqual(first);
    // The same size and the same modification time, other bytes (a copy over it keeps the times).
    const { mtime } = await stat(path);
    await writeFile(path, blue);
    await utimes(path, mtime, mtime);
    const second = (await readPhotos(root, ['content'], ['content/swap.png'], kept)).get(
      'content/swap.png',
    );
    expect(second?.info?.digest).not.toBe(first?.info?.digest);
    expect(JSON.parse(await readFile(memoFile, 'utf8')).version).toBe(5);
  });
});

describe('a photo that is not there', () => {
  it('names the photo most likely meant: other capitals, another ending, a typo, a path from elsewhere', async () => {
    const root = await project();
    await mkdir(join(root, 'content/2026/11'), { recursive: true });
    await writeFile(join(root, 'content/2026/11/bus-lane.png'), await solidPng('#a33'));
    const article = 'content/2026/11/lanes.md';
    const written = [
      './Bus-Lane.PNG',
      './bus-lane.jpg',
      './bus-lnae.png',
      'content/2026/11/bus-lane.png',
      './photos/bus-lane.png',
      './harbour.png',
      '“./bus-lane.png”',
      'content/2026/12/fire/warehouse.jpg',
    ];
    const uses = written.map((src, i) => ({
      key: photoKey(article, src),
      file: article,
      line: i + 1,
      field: 'body',
      shown: `![…](${src})`,
      owner: 'article' as const,
    }));
    const { problems } = await checkPhotos(root, ['content'], uses, await loadPhotoMemo());
    expect(problems.map((problem) => problem.message)).toEqual([
      '![…](./Bus-Lane.PNG) is not a file beside the article: the file there is "./bus-lane.png", and a name must match it letter for letter, capitals too (write "./bus-lane.png")',
      '![…](./bus-lane.jpg) is not a file beside the article (did you mean "./bus-lane.png"? or add it as content/2026/11/bus-lane.jpg)',
      '![…](./bus-lnae.png) is not a file beside the article (did you mean "./bus-lane.png"? or add it as content/2026/11/bus-lnae.png)',
      '![…](content/2026/11/bus-lane.png) is not a file there: the photo is "./bus-lane.png" (write that: a path is read from the article\'s own folder)',
      '![…](./photos/bus-lane.png) is not a file there: the photo is "./bus-lane.png" (write that: a path is read from the article\'s own folder)',
      '![…](./harbour.png) is not a file beside the article (add it as content/2026/11/harbour.png, or correct the path)',
      '![…](“./bus-lane.png”) is in quotes, which are read as part of its name (write it without them: "./bus-lane.png")',
      // Written from the project's folder, of a photo in another story's folder.
      '![…](content/2026/12/fire/warehouse.jpg) is read from the article\'s own folder, content/2026/11/, not from the project\'s, so it names content/2026/11/content/2026/12/fire/warehouse.jpg, which is not there (for content/2026/12/fire/warehouse.jpg, write "../12/fire/warehouse.jpg"; or put the photo beside the article and write "./warehouse.jpg")',
    ]);
  });
});
