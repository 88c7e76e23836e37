import { describe, expect, it } from 'vitest';
import {
  UNUSED_LABEL,
  UPLOAD_LIMIT,
  uploadRefusals,
  usedPhotos,
} from '../../src/cms/uploadChecks.ts';

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
  it('refuses an upload the browser cannot open, or larger than the CMS uploads, naming the field that uses it', () => {
    expect(
      uploadRefusals([
        { name: 'fake.jpg', size: 27, opens: false, usedBy: 'Lead photo' },
        { name: 'huge.jpg', size: 84_400_000, opens: undefined, usedBy: 'Story' },
      ]),
    ).toEqual([
      'Lead photo: "fake.jpg" is not a picture that can be read (the browser cannot open it either: save it again as JPEG or PNG; use that copy instead, and delete this one in the photo picker: select it, then Delete selected)',
      `Story: "huge.jpg" is 84.4 MB, more than the ${UPLOAD_LIMIT / 1e6} MB the CMS uploads (save it again smaller: 6,000 pixels on its longer side is more than any page shows, and a JPEG of that is a few MB; use that copy instead, and delete this one in the photo picker: select it, then Delete selected)`,
    ]);
  });

  it('names an upload nothing uses, which the save would write all the same', () => {
    expect(
      uploadRefusals([{ name: 'old.jpg', size: 90_000_000, opens: undefined, usedBy: undefined }]),
    ).toEqual([
      `${UNUSED_LABEL}: "old.jpg" is 90.0 MB, more than the 25 MB the CMS uploads, and though nothing here uses it, the save would write it beside the story (delete it in the photo picker: select it, then Delete selected)`,
    ]);
  });

  it('lets through a photo that opens, and one of a format not tried', () => {
    expect(
      uploadRefusals([
        { name: 'good.jpg', size: 2_000_000, opens: true, usedBy: 'Lead photo' },
        { name: 'scan.tif', size: 2_000_000, opens: undefined, usedBy: 'Story' },
        { name: 'spare.jpg', size: 2_000_000, opens: true, usedBy: undefined },
      ]),
    ).toEqual([]);
  });
});
