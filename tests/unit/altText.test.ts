import { describe, expect, it } from 'vitest';
import { noAltMessage, vagueAlt } from '../../src/lib/altText.ts';

describe('vagueAlt', () => {
  it.each([
    ['IMG_1234.jpg', 'a file name'],
    ['IMG_20250418_093012', 'a file name'],
    ['DSC01234', 'a file name'],
    ['PXL_20250418_093012345.MP.jpg', 'a file name'],
    ['sea-wall-final.JPEG', 'a file name'],
    ['Photo', 'only a word for a picture'],
    [' image. ', 'only a word for a picture'],
    ['Imagen', 'only a word for a picture'],
    ['صورة', 'only a word for a picture'],
    ['x', 'not a word'],
    [' - ', 'not a word'],
    ['...', 'not a word'],
    ['1', 'not a word'],
  ])('%j is %j', (alt, why) => {
    expect(vagueAlt(alt)).toBe(why);
  });

  it.each([
    'Waves break over the sea wall at Dover',
    'Photo of the mayor at the harbour',
    'A chart of rainfall by month, 2024',
    'The report.pdf cover page, with the council seal',
    'Imagen del puerto al amanecer',
    'DJI 450 drone hovering over the harbour at dawn',
    '猫',
    'Ω',
    '',
  ])('lets %j through', (alt) => {
    expect(vagueAlt(alt)).toBeUndefined();
  });
});

describe('noAltMessage', () => {
  it('says how to describe a photo in the way it is written, markdown or HTML', () => {
    expect(noAltMessage('./a.jpg', false, 'A quay')).toBe(
      '![](./a.jpg) has no alt text (describe the picture: ![A quay](./a.jpg))',
    );
    expect(noAltMessage('./a.jpg', true, 'A quay')).toBe(
      '<img src="./a.jpg"> has no alt text (describe the picture: add alt="…", e.g. <img src="./a.jpg" alt="A quay">)',
    );
  });
});
