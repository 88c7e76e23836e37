import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HELD_BACK_PHOTOS,
  PHOTO_STORY_SLUG,
  drawGpsPhoto,
  writeHeldBackCorpus,
} from '../fixtures/photoStory.ts';
import { astroBuild, listFiles, readBuilt, temporaryFolders } from './astroBuild.ts';
import { nuHtmlCheck } from './htmlChecker.ts';

const NOW = '2026-06-01T00:00:00Z';
const folder = temporaryFolders();

/**
 * Nothing of a story held back (a draft, an embargo) reaches the output, nor any photo no page
 * shows, nor where a photographer stood: every file of the built site is looked at.
 */
describe('what a build publishes of photos', () => {
  const out = folder('held-back-out');
  let content = '';
  let files: string[] = [];
  let output = '';
  const read = (file: string) => readBuilt(out, file).toString('utf8');

  beforeAll(async () => {
    content = folder('held-back-content');
    await writeHeldBackCorpus(content);
    const run = astroBuild({ DATELINE_CONTENT: content, DATELINE_OUT_DIR: out, DATELINE_NOW: NOW });
    if (run.status !== 0) throw new Error(run.output);
    output = run.output;
    files = listFiles(out);
  });

  it('lists the stories held back, the first to be released first', () => {
    const held = output.match(/held back until \S+ \S+ \S+: \S+/g) ?? [];
    // Each file by its folder and name, wherever the test's content folder is.
    expect(held.map((line) => line.replace(/: .*\/([^/]+\/[^/]+)$/, ': $1'))).toEqual([
      'held back until 2098-06-01 00:00 UTC: scheduled/scheduled.md',
      'held back until 2099-01-01 00:00 UTC: embargoed/embargoed.md',
    ]);
  });

  it('tells the editor of draft: true written below the closing --- or indented, and holds the story', () => {
    expect(output).toMatch(
      /misplaced\.md:8 draft: is below the closing --- \(line 7\), where it prints as the story's text: the story is held as a draft all the same/,
    );
    expect(output).toMatch(/indented\.md:7 image\.draft: is inside image:/);
    expect(files.some((file) => /misplaced|indented/.test(file))).toBe(false);
  });

  it('holds no file, name or made size of a held-back story, an unannounced hire or an unused photo', () => {
    const originals = HELD_BACK_PHOTOS.map((name) =>
      readFileSync(
        join(
          content,
          name === 'unused-photo'
            ? 'unused-photo.jpg'
            : name === 'new-hire'
              ? 'authors/new-hire.jpg'
              : `${name.split('-')[0]}/${name}.jpg`,
        ),
      ),
    );
    for (const file of files) {
      for (const name of HELD_BACK_PHOTOS) expect(file, file).not.toContain(name);
      const bytes = readBuilt(out, file);
      for (const original of originals) expect(bytes.equals(original), file).toBe(false);
      if (/\.(?:html|xml|json|txt)$/.test(file)) {
        const text = bytes.toString('utf8');
        for (const word of [
          'embargoed photo story',
          'scheduled text story',
          'draft photo story',
          'misplaced photo story',
          'indented photo story',
          'draft: true',
          'New Hire',
          'Unannounced',
        ]) {
          expect(text, `${file} names "${word}"`).not.toContain(word);
        }
      }
    }
    // Nor an original of a published photo: only made sizes.
    expect(
      files.filter((file) => /(?:^|\/)(?:sea-wall|harbour|small|thermometer)\.jpg$/.test(file)),
    ).toEqual([]);
    expect(files.filter((file) => file.startsWith('_astro/') && !file.endsWith('.css'))).toEqual(
      [],
    );
    expect(files.some((file) => file.startsWith('authors/new-hire'))).toBe(false);
  });

  it('publishes only the made sizes that pages name, with no EXIF, GPS, XMP or IPTC', async () => {
    const images = files.filter((file) => /\.(?:jpe?g|png|webp|avif|gif)$/i.test(file));
    const named = new Set<string>();
    for (const page of files.filter((file) => /\.(?:html|xml|json)$/.test(file))) {
      for (const [, path] of read(page).matchAll(/\/(photos\/[^"'\s,)&\\]+)/g)) named.add(path!);
    }
    const photos = images.filter((file) => file.startsWith('photos/'));
    expect(photos.length).toBeGreaterThan(30);
    expect(photos.filter((file) => !named.has(file))).toEqual([]);
    expect([...named].filter((path) => !files.includes(path))).toEqual([]);
    for (const file of images) {
      const meta = await sharp(join(out, file)).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(meta.xmp, file).toBeUndefined();
      expect(meta.iptc, file).toBeUndefined();
    }
  });

  it("makes a published author's portrait beside the profile into small square pictures", async () => {
    const page = read('authors/jane-portrait/index.html');
    const img = /<picture>.*?<img ([^>]*)><\/picture>/s.exec(page)?.[1] ?? '';
    expect(img).toMatch(/src="\/photos\/jane-portrait-192x192-\w+\.jpg"/);
    expect(img).toContain('width="96" height="96"');
    expect(img).toContain('alt="Jane Portrait, smiling"');
    expect(page).toMatch(
      /<source type="image\/avif" srcset="\/photos\/jane-portrait-96x96-\w+\.avif 96w, /,
    );
    const file = /src="\/(photos\/[^"]+)"/.exec(img)![1]!;
    expect(await sharp(join(out, file)).metadata()).toMatchObject({ width: 192, height: 192 });
    // The ProfilePage data names it with an absolute URL.
    expect(page).toMatch(
      /"image":"http:\/\/localhost:4321\/photos\/jane-portrait-192x192-\w+\.jpg"/,
    );
  });

  it('writes an alt text or title holding <, >, & and quotes as valid HTML', () => {
    const page = read(`articles/${PHOTO_STORY_SLUG}/index.html`);
    expect(page).toContain(
      'alt="A thermometer showing &gt; 40 °C &amp; &quot;hot&quot; &lt;/picture&gt;&lt;script&gt;x()&lt;/script&gt;"',
    );
    expect(page).not.toContain('<script>x()');
    const check = nuHtmlCheck([join(out, `articles/${PHOTO_STORY_SLUG}/index.html`)]);
    expect(check.status, check.output).toBe(0);
  });

  it('publishes the held-back story and its photos once its time has come', () => {
    const later = folder('held-back-later');
    const run = astroBuild({
      DATELINE_CONTENT: content,
      DATELINE_OUT_DIR: later,
      DATELINE_NOW: '2099-01-02T00:00:00Z',
    });
    expect(run.status, run.output).toBe(0);
    const published = listFiles(later);
    expect(published.some((file) => /^photos\/embargoed-lead-1200x630-\w+\.jpg$/.test(file))).toBe(
      true,
    );
    expect(published.some((file) => file.startsWith('photos/embargoed-body-'))).toBe(true);
    expect(published.some((file) => /draft-|misplaced|indented/.test(file))).toBe(false);
  });
});

describe('photos that cannot be published', () => {
  it('fail the build naming the file and line: a JPEG cut short, a missing or escaping portrait', async () => {
    const content = folder('broken-photos');
    await drawGpsPhoto(join(content, 'whole.jpg'), 1200, 800, 40);
    const whole = readFileSync(join(content, 'whole.jpg'));
    writeFileSync(join(content, 'cut.jpg'), whole.subarray(0, Math.floor(whole.length * 0.55)));
    writeFileSync(
      join(content, 'cut.md'),
      '---\ntitle: Cut\ndate: 2025-03-01\nauthor: [Gone Portrait, Far Portrait]\nimage:\n  src: ./cut.jpg\n  alt: Half a photo\n---\n\nText.\n\n![Half again](./cut.jpg)\n',
    );
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(content, 'authors'));
    writeFileSync(
      join(content, 'authors/gone-portrait.md'),
      '---\nname: Gone Portrait\nphoto:\n  src: ./gone.jpg\n  alt: Gone\n---\n',
    );
    writeFileSync(
      join(content, 'authors/far-portrait.md'),
      '---\nname: Far Portrait\nphoto:\n  src: ../../../etc/passwd.jpg\n  alt: Far\n---\n',
    );
    const run = astroBuild({
      DATELINE_CONTENT: content,
      DATELINE_OUT_DIR: folder('broken-out'),
      DATELINE_NOW: NOW,
    });
    expect(run.status).not.toBe(0);
    const name = content.split('/').pop();
    expect(run.output).toMatch(
      new RegExp(
        `${name}/cut\\.md:6 image\\.src: "\\./cut\\.jpg" is cut short: the file ends before the picture does`,
      ),
    );
    expect(run.output).toMatch(
      new RegExp(`${name}/cut\\.md:12 body: !\\[…\\]\\(\\./cut\\.jpg\\) is cut short`),
    );
    expect(run.output).toContain(
      `${name}/authors/gone-portrait.md:4 photo.src: "./gone.jpg" is not a file beside the profile`,
    );
    expect(run.output).toMatch(
      new RegExp(
        `${name}/authors/far-portrait\\.md:4 photo\\.src: .* is outside the content folders`,
      ),
    );
  });
});
