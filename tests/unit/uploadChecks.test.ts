import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMIT, uploadRefusals, usedPhotos } from '../../src/cms/uploadChecks.ts';

describe('usedPhotos', () => {
  it('names the files a photo field and the body use, each with the label of its field', () => {
    const used = usedPhotos([{ src: './harbour%20wall.jpg', label: 'Lead photo' }], {
      text: 'Text.\n\n![Pier](./pier.jpg "The pier")\n\n<img alt="x" src="./sub/net.png">\n\n[a link](./notes.jpg)',
      label: 'Story',
    });
    expect([...used]).toEqual([
      ['harbour wall.jpg', 'Lead photo'],
      ['pier.jpg', 'Story'],
      ['net.png', 'Story'],
    ]);
    expect(
      usedPhotos([{ src: undefined, label: 'Lead photo' }], { text: 42, label: 'Story' }).size,
    ).toBe(0);
    expect([
      ...usedPhotos([{ src: './50%.jpg', label: 'Lead photo' }], { text: '', label: 'Story' }),
    ]).toEqual([['50%.jpg', 'Lead photo']]);
  });
});

describe('uploadRefusals', () => {
  const used = new Map([
    ['fake.jpg', 'Lead photo'],
    ['huge.jpg', 'Story'],
    ['scan.tif', 'Story'],
  ]);

  it('refuses a used upload the browser cannot open, or one larger than the CMS uploads, saying what to do', () => {
    expect(
      uploadRefusals(
        [
          { name: 'fake.jpg', size: 27, opens: false },
          { name: 'huge.jpg', size: 84_400_000, opens: undefined },
        ],
        used,
      ),
    ).toEqual([
      'Lead photo: "fake.jpg" is not a picture that can be read (the browser cannot open it either: save it again as JPEG or PNG, then choose it in place of this one)',
      `Story: "huge.jpg" is 84.4 MB, more than the ${UPLOAD_LIMIT / 1e6} MB the CMS uploads (save it again smaller: 6,000 pixels on its longer side is more than any page shows, and a JPEG of that is a few MB; then choose it in place of this one)`,
    ]);
  });

  it('lets through a photo that opens, one of a format not tried, and any the entry does not use', () => {
    expect(
      uploadRefusals(
        [
          { name: 'fake.jpg', size: 2_000_000, opens: true },
          { name: 'scan.tif', size: 2_000_000, opens: undefined },
          { name: 'unused.jpg', size: 90_000_000, opens: false },
        ],
        used,
      ),
    ).toEqual([]);
  });
});
