import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { publicPhotoProblems, type PublicPhotoUse } from '../../src/content/publicPhotos.ts';

/** A public folder holding `files` (empty photos: the metadata comes from the reader given). */
async function publicFolder(...files: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-public-'));
  for (const file of files) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), '');
  }
  return dir;
}

const use = (file: string, src: string, line = 5): PublicPhotoUse => ({
  src,
  file,
  line,
  field: 'image.src',
  shown: `"${src}"`,
});
const noPlace = async () => ({});
const TZ = 'Europe/London';

describe('publicPhotoProblems', () => {
  it('is an error on each line of a story not out yet that shows a photo no story out shows', async () => {
    const dir = await publicFolder('images/vote.jpg', 'images/pier.jpg');
    const problems = await publicPhotoProblems(
      [
        use('content/draft.md', '/images/vote.jpg'),
        use('content/later.md', '/images/vote.jpg', 9),
        use('content/later.md', '/images/pier.jpg', 11),
        use('content/out.md', '/images/pier.jpg'),
      ],
      [
        { file: 'content/draft.md', out: Infinity },
        { file: 'content/later.md', out: Date.UTC(2026, 11, 24, 9) },
        { file: 'content/out.md', out: -Infinity },
      ],
      dir,
      TZ,
      noPlace,
    );
    expect(problems).toEqual([
      {
        file: 'content/draft.md',
        line: 5,
        field: 'image.src',
        message:
          '"/images/vote.jpg" is public/images/vote.jpg, which the build publishes now, as it is, and this story is a draft: no page out shows it yet (move the photo out of public/ to beside the story and write ./vote.jpg: it is published with the story)',
        severity: 'error',
        leaks: true,
      },
      expect.objectContaining({
        file: 'content/later.md',
        line: 9,
        message: expect.stringContaining(
          'this story is held back until 2026-12-24 09:00 Europe/London',
        ),
        severity: 'error',
      }),
    ]);
  });

  it("is an error on a profile's portrait while its page is not out, and none once it is", async () => {
    const dir = await publicFolder('images/hire.jpg', 'images/editor.jpg');
    const portrait = (file: string, src: string): PublicPhotoUse => ({
      src,
      file,
      line: 4,
      field: 'photo.src',
      shown: `"${src}"`,
      owner: 'profile',
    });
    const problems = await publicPhotoProblems(
      [
        portrait('content/authors/new-hire.md', '/images/hire.jpg'),
        portrait('content/authors/editor.md', '/images/editor.jpg'),
      ],
      [
        { file: 'content/authors/new-hire.md', out: Infinity },
        { file: 'content/authors/editor.md', out: -Infinity },
      ],
      dir,
      TZ,
      noPlace,
    );
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      [
        'content/authors/new-hire.md',
        '"/images/hire.jpg" is public/images/hire.jpg, which the build publishes now, as it is, and this profile\'s page is not out yet: none of its stories is out: no page out shows it yet (move the photo out of public/ to beside the profile and write ./hire.jpg: it is published with the profile\'s page)',
      ],
    ]);
  });

  it('is a warning on a link to a file only stories not out yet link to, and nothing once one out does', async () => {
    const dir = await publicFolder('files/budget.pdf', 'files/policy.pdf');
    const link = (file: string, src: string): PublicPhotoUse => ({
      src,
      file,
      line: 9,
      field: 'body',
      shown: `the link "${src}"`,
      link: true,
    });
    const problems = await publicPhotoProblems(
      [
        link('content/embargo.md', '/files/budget.pdf'),
        link('content/embargo.md', '/files/policy.pdf'),
        link('content/out.md', '/files/policy.pdf'),
      ],
      [
        { file: 'content/embargo.md', out: Date.UTC(2026, 11, 24, 9) },
        { file: 'content/out.md', out: -Infinity },
      ],
      dir,
      TZ,
      noPlace,
    );
    expect(problems).toEqual([
      {
        file: 'content/embargo.md',
        line: 9,
        field: 'body',
        message:
          'the link "/files/budget.pdf" leads to public/files/budget.pdf, which the build publishes now, as it is, and this story is held back until 2026-12-24 09:00 Europe/London: no page out links to it yet (if it is this story\'s alone, add it to public/ when the story is out)',
        severity: 'warning',
      },
    ]);
  });

  it('is a warning, once a photo, where a photo tells the place it was taken', async () => {
    const dir = await publicFolder('images/flood.jpg', 'images/map.png');
    const gps = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .toBuffer();
    const read = async (file: string) =>
      file.endsWith('flood.jpg') ? await sharp(gps).metadata() : {};
    const problems = await publicPhotoProblems(
      [
        use('content/a.md', '/images/flood.jpg', 6),
        use('content/b.md', '/images/flood.jpg'),
        use('content/b.md', '/images/map.png'),
      ],
      [
        { file: 'content/a.md', out: -Infinity },
        { file: 'content/b.md', out: -Infinity },
      ],
      dir,
      TZ,
      read,
    );
    expect(problems).toEqual([
      {
        file: 'content/a.md',
        line: 6,
        field: 'image.src',
        message:
          '"/images/flood.jpg" is public/images/flood.jpg, which tells where it was taken (a GPS position in the file), and public/ is published as it is: readers could download the place (move the photo beside the story and write ./flood.jpg: the build makes it without the camera\'s data)',
        severity: 'warning',
      },
    ]);
  });

  it('leaves alone a path to no file, to a file that is no photo, and one outside public/', async () => {
    const dir = await publicFolder('files/report.pdf');
    let reads = 0;
    const problems = await publicPhotoProblems(
      [
        use('content/d.md', '/images/gone.jpg'),
        use('content/d.md', '/files/report.pdf'),
        use('content/d.md', '/../outside.jpg'),
      ],
      [{ file: 'content/d.md', out: Infinity }],
      dir,
      TZ,
      async () => {
        reads += 1;
        return {};
      },
    );
    expect(problems).toEqual([]);
    expect(reads).toBe(0);
  });
});
