import { describe, expect, it } from 'vitest';
import {
  CARD_RATIO,
  MIN_CROP_PIXELS,
  type PhotoInfo,
  columnPicture,
  cropSize,
  feedImage,
  madeSize,
  madeSizesOf,
  portraitPicture,
  previewImages,
  previewGaps,
  previewKind,
  smallestColumnSize,
} from '../../src/lib/photoSizes.ts';

const photo = (width: number, height: number, extra: Partial<PhotoInfo> = {}): PhotoInfo => ({
  key: 'content/2025/Sea Wall (1).JPG',
  width,
  height,
  format: 'jpeg',
  digest: 'abc',
  ...extra,
});

describe('made sizes', () => {
  it('are named by the photo, the size and a digest of bytes, size, format and how they are made', () => {
    const made = madeSize(photo(2400, 1600), 640, 427, 'avif', 'stamp');
    expect(made).toMatchObject({ key: 'content/2025/Sea Wall (1).JPG', width: 640, height: 427 });
    expect(made.name).toMatch(/^sea-wall-1-640x427-[0-9a-f]{10}\.avif$/);
    // Names are kept: the cache holds files by them, and a new name makes the file again.
    expect(made.name).toBe('sea-wall-1-640x427-268988ccb2.avif');
    const others = [
      madeSize(photo(2400, 1600, { digest: 'changed' }), 640, 427, 'avif', 'stamp'),
      madeSize(photo(2400, 1600), 640, 427, 'webp', 'stamp'),
      madeSize(photo(2400, 1600), 640, 427, 'avif', 'other encoder'),
      madeSize(photo(2400, 1600), 640, 428, 'avif', 'stamp'),
    ];
    for (const other of others) expect(other.name).not.toBe(made.name);
    expect(madeSize(photo(10, 10, { key: 'content/файл.png' }), 10, 10, 'png', 's').name).toMatch(
      /^photo-10x10-/,
    );
  });

  it('give a column picture in AVIF, WebP and the original kind, never wider than the photo', () => {
    const set = columnPicture(photo(1000, 500), 's');
    expect(set.sources.map((source) => source.format)).toEqual(['avif', 'webp']);
    expect(set.fallback.map((size) => [size.width, size.height, size.format])).toEqual([
      [360, 180, 'jpeg'],
      [640, 320, 'jpeg'],
      [960, 480, 'jpeg'],
    ]);
    expect([set.width, set.height]).toEqual([960, 480]);
    expect(columnPicture(photo(300, 200, { format: 'png' }), 's').fallback[0]!.format).toBe('png');
  });

  it("name a search result's thumbnail as the column picture's smallest fallback", () => {
    for (const shown of [photo(1000, 500), photo(300, 200, { format: 'png' }), photo(4000, 3000)])
      expect(smallestColumnSize(shown, 's')).toEqual(columnPicture(shown, 's').fallback[0]);
  });
});

describe('crops', () => {
  it('have their exact ratio, as wide as the photo allows up to 1200, never stretched', () => {
    // A 1600×1067 photo: its 1:1 crop is 1067 high at most.
    expect(cropSize(photo(1600, 1067), [1, 1])).toEqual({ width: 1067, height: 1067 });
    expect(cropSize(photo(1600, 1067), CARD_RATIO)).toEqual({ width: 1200, height: 630 });
    // A wide 1600×500 photo: a card 500 high at most, of the card's exact ratio.
    const card = cropSize(photo(1600, 500), CARD_RATIO)!;
    expect(card.width / card.height).toBe(40 / 21);
    expect(card.height).toBeLessThanOrEqual(500);
    for (const ratio of [
      [16, 9],
      [4, 3],
      [1, 1],
    ] as const) {
      const size = cropSize(photo(1600, 500), ratio)!;
      expect(size.width * ratio[1]).toBe(size.height * ratio[0]);
      expect(size.width).toBeLessThanOrEqual(1600);
      expect(size.height).toBeLessThanOrEqual(500);
    }
  });

  it("are left out under Google's 50,000 pixels, and say which", () => {
    expect(cropSize(photo(200, 200), [1, 1])).toBeUndefined();
    expect(200 * 200).toBeLessThan(MIN_CROP_PIXELS);
    const preview = previewImages(photo(1600, 200), 's');
    expect(preview.card).toBeDefined();
    expect(preview.missing).toEqual(['1:1']);
    expect(preview.crops.map((crop) => crop.width / crop.height)).toEqual([16 / 9, 4 / 3]);
    // No card, no crops: the story is shared with a drawn card.
    expect(previewImages(photo(300, 200), 's')).toMatchObject({ card: undefined, crops: [] });
  });

  it('are told missing without naming a file, as the made set tells them', () => {
    for (const shown of [photo(1600, 200), photo(300, 200), photo(2400, 1600), photo(700, 700)]) {
      const { card, missing } = previewImages(shown, 's');
      expect(previewGaps(shown)).toEqual({ card: card !== undefined, missing });
    }
    expect(previewGaps(photo(300, 200)).missing).toEqual(['16:9', '4:3', '1:1']);
  });
});

describe('what a published photo is made in', () => {
  it('covers every file pages name, once', () => {
    const big = photo(2400, 1600);
    const sizes = madeSizesOf(big, ['lead', 'body', 'lead'], 's');
    const names = new Set(sizes.map((size) => size.name));
    expect(names.size).toBe(sizes.length);
    const column = columnPicture(big, 's');
    const preview = previewImages(big, 's');
    for (const size of [
      ...column.sources.flatMap((source) => source.sizes),
      ...column.fallback,
      preview.card!,
      ...preview.crops,
      feedImage(big, 's'),
    ]) {
      expect(names.has(size.name), size.name).toBe(true);
    }
    // A body photo has no card and no crops; a portrait is square.
    expect(madeSizesOf(big, ['body'], 's').some((size) => size.width === 1200)).toBe(false);
    const portrait = portraitPicture(big, 's');
    expect(portrait.fallback.map((size) => [size.width, size.height])).toEqual([
      [96, 96],
      [192, 192],
    ]);
    expect(madeSizesOf(big, ['portrait'], 's')).toHaveLength(6);
  });

  it('decides what link previews show', () => {
    const known = new Map([
      ['big', photo(1600, 1067)],
      ['tiny', photo(100, 80)],
    ]);
    const of = (key: string) => known.get(key);
    expect(previewKind({ photo: 'big' }, of)).toBe('photo');
    expect(previewKind({ photo: 'tiny' }, of)).toBe('drawn');
    expect(previewKind({ src: 'https://cdn.example/x.jpg' }, of)).toBe('url');
    expect(previewKind(undefined, of)).toBe('drawn');
  });
});
