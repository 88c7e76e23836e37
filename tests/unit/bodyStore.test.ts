import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyKey, hasBody, pruneBodies, readBody, writeBody } from '../../src/build/bodyStore.ts';
import { cachePaths, isWithin, looksInside } from '../../src/build/caches.ts';

describe('the body store', () => {
  it('stores a body under the digest of its contents and reads it back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-bodies-'));
    const body = { html: '<p>A.</p>', photos: [] };
    const key = writeBody(dir, body);
    expect(key).toBe(bodyKey(body));
    expect(key).toMatch(/^[0-9a-f]{40}$/);
    expect(readBody(dir, key)).toEqual(body);
    // Equal bodies share one file; a different body gets another digest.
    expect(writeBody(dir, { ...body })).toBe(key);
    expect(await readdir(join(dir, key.slice(0, 2)))).toEqual([`${key}.json`]);
    expect(bodyKey({ html: '<p>B.</p>', photos: [] })).not.toBe(key);
    // The photos' words are part of the body: another alt text is another body.
    const pictured = {
      html: '<!--dateline-photo "0"-->',
      photos: [{ key: 'content/a.jpg', alt: 'A' }],
    };
    const relabelled = { ...pictured, photos: [{ key: 'content/a.jpg', alt: 'B' }] };
    expect(bodyKey(pictured)).not.toBe(bodyKey(relabelled));
  });

  it('says how to recover when a body is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-bodies-'));
    expect(() => readBody(dir, 'f'.repeat(40))).toThrow(/missing .*build again/);
  });

  it('tells a body that cannot be read from a missing one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-bodies-'));
    const key = 'e'.repeat(40);
    // A folder where the body's file should be: reading it fails, but nothing is missing.
    await mkdir(join(dir, key.slice(0, 2), `${key}.json`), { recursive: true });
    expect(() => readBody(dir, key)).toThrow(/cannot be read .*EISDIR/);
  });

  it('reads any number of bodies at once under an open-file limit of 200', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-bodies-'));
    const key = writeBody(dir, { html: '<p>Read.</p>', photos: [] });
    // 2,000 pages reading at once, as many pages rendering feeds together do, each after a turn
    // of the event loop, in a process that may open 200 files.
    const script = [
      `import { readBody } from ${JSON.stringify(new URL('../../src/build/bodyStore.ts', import.meta.url).href)};`,
      `const page = async () => { await new Promise((done) => setImmediate(done)); return readBody(${JSON.stringify(dir)}, '${key}'); };`,
      `const all = await Promise.all(Array.from({ length: 2000 }, page));`,
      `console.log(all.filter((body) => body.html === '<p>Read.</p>').length);`,
    ].join('\n');
    const run = spawnSync(
      'bash',
      ['-c', `ulimit -n 200 && exec "$0" --input-type=module -e "$1"`, process.execPath, script],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('2000');
  });

  it('prunes every body no record names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-bodies-'));
    const keep = writeBody(dir, { html: '<p>Keep.</p>', photos: [] });
    const drop = writeBody(dir, { html: '<p>Drop.</p>', photos: [] });
    expect(await pruneBodies(dir, new Set([keep]))).toBe(1);
    expect(hasBody(dir, keep)).toBe(true);
    expect(hasBody(dir, drop)).toBe(false);
    expect((await readdir(dir)).length).toBeGreaterThan(0);
  });
});

describe('cachePaths', () => {
  it('keeps Dateline products in a folder of its own inside the cache', () => {
    expect(cachePaths('/c')).toEqual({
      bodies: '/c/dateline/bodies',
      published: '/c/dateline/published.json',
      search: '/c/dateline/search',
      validation: '/c/dateline/validation.json',
      installed: '/c/dateline/installed',
      cards: '/c/dateline/cards',
      photos: '/c/dateline/photos',
      photoInfo: '/c/dateline/photo-info.json',
    });
  });
});

describe('isWithin', () => {
  it('tells a folder inside another, or the same, from a neighbour with a longer name', () => {
    expect(isWithin('/site/dist/cache', '/site/dist')).toBe(true);
    expect(isWithin('/site/dist', '/site/dist/')).toBe(true);
    expect(isWithin('/site/dist-cache', '/site/dist')).toBe(false);
    expect(isWithin('/site', '/site/dist')).toBe(false);
  });
});

describe('looksInside', () => {
  it("tells a neighbour whose path begins with the project's from a folder inside or elsewhere", () => {
    expect(looksInside('/srv/site-out', '/srv/site')).toBe(true);
    expect(looksInside('/srv/site2/dist', '/srv/site')).toBe(true);
    expect(looksInside('/srv/site/dist', '/srv/site')).toBe(false);
    expect(looksInside('/srv/out/site', '/srv/site')).toBe(false);
    expect(looksInside('/tmp/dist', '/srv/site')).toBe(false);
  });
});
