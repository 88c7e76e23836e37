import fc from 'fast-check';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isPhotoFile,
  isRelativeImage,
  photoKey,
  photoWidths,
  scaledHeight,
} from '../../src/lib/photoKeys.ts';

describe('photo references', () => {
  it('tell photos beside the article from URLs and site paths', () => {
    for (const src of ['./sea-wall.jpg', '../shared/x.png', 'harbour.webp', 'a b.jpg']) {
      expect(isRelativeImage(src), src).toBe(true);
    }
    for (const src of [
      '/images/x.jpg',
      'https://cdn.example/x.jpg',
      'data:image/png;base64,AA',
      '//x.example/a.jpg',
      'javascript:alert(1)',
      '.\\x.jpg',
      '#x',
      '',
    ]) {
      expect(isRelativeImage(src), src).toBe(false);
    }
    expect(isPhotoFile('X.JPEG')).toBe(true);
    expect(isPhotoFile('notes.txt')).toBe(false);
    expect(isPhotoFile('.jpg')).toBe(false);
  });

  it('key a photo by its path from the project root, decoded and normalised', () => {
    expect(photoKey('content/2025/story.md', './sea-wall.jpg')).toBe('content/2025/sea-wall.jpg');
    expect(photoKey('content/2025/story.md', '../photos/a%20b.jpg?x=1#y')).toBe(
      'content/photos/a b.jpg',
    );
    expect(photoKey('content/ferry/ferry.md', 'shots//./deck.jpg')).toBe(
      'content/ferry/shots/deck.jpg',
    );
    expect(photoKey('story.md', '../../x.jpg')).toBe('../../x.jpg');
  });

  it('key a photo as path.posix would, any path and reference', () => {
    const segment = fc.constantFrom('.', '..', '', 'a', 'b c', 'é.jpg');
    const path = fc.array(segment, { maxLength: 6 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(fc.boolean(), path, path, (rooted, folder, src) => {
        const file = rooted || folder ? `${rooted ? '/' : ''}${folder}/story.md` : 'story.md';
        const expected = posix.normalize(posix.join(posix.dirname(file), src));
        expect(photoKey(file, src)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('photo sizes', () => {
  it('never make a photo wider than it is, and keep its proportions', () => {
    expect(photoWidths(2400)).toEqual([360, 640, 960, 1280]);
    expect(photoWidths(1000)).toEqual([360, 640, 960]);
    expect(photoWidths(300)).toEqual([300]);
    expect(scaledHeight({ width: 2400, height: 1600 }, 1280)).toBe(853);
    // A 4000×3 strip scaled to 360 wide is a row high, not none.
    expect(scaledHeight({ width: 4000, height: 3 }, 360)).toBe(1);
  });
});
