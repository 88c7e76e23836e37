import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tellsPlace } from '../../src/lib/photoPlace.ts';

const pixel = () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#777' } });
const metadataOf = async (photo: Buffer) => {
  const { exif, xmp } = await sharp(photo).metadata();
  return { exif, xmp };
};

describe('tellsPlace', () => {
  it('finds a GPS position in the EXIF block', async () => {
    const photo = await pixel()
      .jpeg()
      .withExif({
        IFD0: { Artist: 'A photographer' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' },
      })
      .toBuffer();
    expect(tellsPlace(await metadataOf(photo))).toBe(true);
  });

  it('finds a GPS position in the XMP packet', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLongitude="0,7.5W"/></rdf:RDF></x:xmpmeta>';
    const photo = await pixel().png().withXmp(xmp).toBuffer();
    expect(tellsPlace(await metadataOf(photo))).toBe(true);
  });

  it('finds none in camera data without a position, in no metadata, or in an unreadable block', async () => {
    const photo = await pixel()
      .jpeg()
      .withExif({ IFD0: { Artist: 'A photographer', Copyright: 'The paper' } })
      .toBuffer();
    expect(tellsPlace(await metadataOf(photo))).toBe(false);
    expect(tellsPlace(await metadataOf(await pixel().jpeg().toBuffer()))).toBe(false);
    expect(tellsPlace({ exif: Buffer.from('Exif\0\0not a tiff header') })).toBe(false);
  });
});
