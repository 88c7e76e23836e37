import { describe, expect, it } from 'vitest';
import {
  isPhotoFile,
  isRelativeImage,
  photoKey,
  photoPlaceholders,
  photoWidths,
  pictureHtml,
  replacePhotos,
  scaledHeight,
} from '../../src/lib/photos.ts';

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
  });
});

describe('photo sizes', () => {
  it('never make a photo wider than it is, and keep its proportions', () => {
    expect(photoWidths(2400)).toEqual([360, 640, 960, 1280]);
    expect(photoWidths(1000)).toEqual([360, 640, 960]);
    expect(photoWidths(300)).toEqual([300]);
    expect(scaledHeight({ width: 2400, height: 1600 }, 1280)).toBe(853);
  });
});

describe('body photo placeholders', () => {
  const html =
    '<p>x</p><img data-photo="content%2Fa%20b.jpg" alt="A &#x26; B"><p><img data-photo="content%2Fc.png" alt="C" title="T"></p>';

  it('are found with their keys and attributes, and replaced in place', () => {
    expect(photoPlaceholders(html)).toEqual([
      { key: 'content/a b.jpg', attributes: ' alt="A &#x26; B"' },
      { key: 'content/c.png', attributes: ' alt="C" title="T"' },
    ]);
    expect(replacePhotos(html, (key, attributes) => `[${key}|${attributes}]`)).toBe(
      '<p>x</p>[content/a b.jpg| alt="A &#x26; B"]<p>[content/c.png| alt="C" title="T"]</p>',
    );
  });

  it('become a picture with better formats first and an escaped, sized fallback', () => {
    const picture = pictureHtml(
      {
        sources: [{ type: 'image/avif', srcset: '/a.avif 360w, /b.avif 640w' }],
        img: { src: '/b.jpg?x=1&y="2"', srcset: '/a.jpg 360w', width: 640, height: 427 },
        sizes: '(min-width: 42rem) 38rem, 100vw',
        loading: 'lazy',
      },
      ' alt="A"',
    );
    expect(picture).toBe(
      '<picture><source type="image/avif" srcset="/a.avif 360w, /b.avif 640w" sizes="(min-width: 42rem) 38rem, 100vw">' +
        '<img src="/b.jpg?x=1&amp;y=&quot;2&quot;" srcset="/a.jpg 360w" sizes="(min-width: 42rem) 38rem, 100vw" width="640" height="427" loading="lazy" decoding="async" alt="A"></picture>',
    );
  });
});
