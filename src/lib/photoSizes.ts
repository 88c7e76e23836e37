/**
 * The sizes a photo is made in, for each place it is shown: the column's responsive picture, the
 * link-preview card and the crops search engines ask for, the feed's image and an author's
 * portrait. Pages name these files and the build makes exactly these files, through the same
 * functions here, so a page never names a file the build did not make, and the build makes no
 * file a page does not name. A made size never carries the original's metadata (see
 * src/build/photoMaker.ts); nothing here reads a file.
 */
import { digestOf } from './digest.ts';
import { photoWidths, scaledHeight } from './photoKeys.ts';

/** What the build knows of a photo beside the articles, read once from its bytes. */
export interface PhotoInfo {
  /** Its path from the project root (see photoKey). */
  key: string;
  /** Its size as shown, after its EXIF orientation is applied. */
  width: number;
  height: number;
  /** sharp's name of its format: `jpeg`, `png`, `webp`, `gif`, `avif`, `tiff`, `heif`. */
  format: string;
  /** A digest of its bytes: made sizes are named by it, so a changed photo gets new files. */
  digest: string;
}

/** The formats photos are made in. */
export type MadeFormat = 'avif' | 'webp' | 'jpeg' | 'png' | 'gif';

/** One file made from a photo. */
export interface MadeSize {
  /** Its file name in the photos folder: `sea-wall-640x427-1a2b3c4d5e.avif`. */
  name: string;
  /** The photo it is made from. */
  key: string;
  width: number;
  height: number;
  format: MadeFormat;
}

/** The output folder of made photos, under the base. */
export const PHOTOS_FOLDER = 'photos';

/** The path of a made file under the site's base: `/news/photos/sea-wall-640x427-….avif`. */
export function madePath(name: string, base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${PHOTOS_FOLDER}/${name}`;
}

/** The formats a picture offers, best first; the fallback keeps the original's kind. */
export const PICTURE_FORMATS = ['avif', 'webp'] as const;

/** Google's least image size for its article results, in pixels (width × height). */
export const MIN_CROP_PIXELS = 50_000;

/** A ratio as whole numbers, so a crop has it exactly: 16:9, 40:21 (1200×630). */
export type Ratio = readonly [width: number, height: number];

/** The link-preview card's ratio: 1200×630, what Open Graph and X expect. */
export const CARD_RATIO: Ratio = [40, 21];

/** The crops search engines ask for in NewsArticle data, in this order. */
export const CROP_RATIOS: readonly Ratio[] = [
  [16, 9],
  [4, 3],
  [1, 1],
];

/** How wide a card or crop is at most. */
export const CROP_WIDTH = 1200;

/** The width of the image a feed reader gets at most. */
export const FEED_WIDTH = 960;

/** The sizes of an author's portrait: square, at the byline's and the profile's sizes, twice each. */
export const PORTRAIT_SIZES = [96, 192] as const;

/** Stems already worked out, by key: a photo has a dozen or more sizes, each named by its stem. */
const stems = new Map<string, string>();

/** A file name's safe stem: the photo's own name, lowercased, so a saved picture says what it is. */
function stem(key: string): string {
  let known = stems.get(key);
  if (known === undefined) stems.set(key, (known = stemOf(key)));
  return known;
}

/** The stem of `key`, worked out (see stem). */
function stemOf(key: string): string {
  const base = key.slice(key.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const clean = base
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return clean || 'photo';
}

/** The file extension of a made format. */
const EXTENSIONS: Record<MadeFormat, string> = {
  avif: 'avif',
  webp: 'webp',
  jpeg: 'jpg',
  png: 'png',
  gif: 'gif',
};

/**
 * One made size of `photo`: cut from its centre to `width`×`height` when the ratio differs from
 * the photo's, else scaled. `stamp` says how photos are made (code, encoders); it is part of the
 * name with the photo's digest, so any change to either gives a new file.
 */
export function madeSize(
  photo: PhotoInfo,
  width: number,
  height: number,
  format: MadeFormat,
  stamp: string,
): MadeSize {
  const digest = digestOf(photo.digest, width, height, format, stamp).slice(0, 10);
  const name = `${stem(photo.key)}-${width}x${height}-${digest}.${EXTENSIONS[format]}`;
  return { name, key: photo.key, width, height, format };
}

/** The fallback format of a picture: a PNG or GIF keeps its kind (a chart stays sharp), the rest JPEG. */
export function fallbackFormat(photo: Pick<PhotoInfo, 'format'>): MadeFormat {
  return photo.format === 'png' || photo.format === 'gif' ? photo.format : 'jpeg';
}

/** A responsive picture: each format's sizes, widest last, and the fallback `<img>`'s. */
export interface PictureSet {
  /** AVIF and WebP, each at every width. */
  sources: { format: MadeFormat; sizes: MadeSize[] }[];
  /** The original's kind at every width; its widest is the `<img>`'s `src`. */
  fallback: MadeSize[];
  /** The picture's size as laid out: the widest made. */
  width: number;
  height: number;
}

/** The column picture of a photo: AVIF, WebP and the fallback at the widths it can give. */
export function columnPicture(photo: PhotoInfo, stamp: string): PictureSet {
  const widths = photoWidths(photo.width);
  const at = (format: MadeFormat) =>
    widths.map((width) => madeSize(photo, width, scaledHeight(photo, width), format, stamp));
  const width = widths.at(-1)!;
  return {
    sources: PICTURE_FORMATS.map((format) => ({ format, sizes: at(format) })),
    fallback: at(fallbackFormat(photo)),
    width,
    height: scaledHeight(photo, width),
  };
}

/** The smallest file of a photo's column picture, in its fallback format: a search result's thumbnail. */
export function smallestColumnSize(photo: PhotoInfo, stamp: string): MadeSize {
  const width = photoWidths(photo.width)[0]!;
  return madeSize(photo, width, scaledHeight(photo, width), fallbackFormat(photo), stamp);
}

/** The largest size of `ratio` that fits in the photo, at most `max` wide, or undefined under MIN_CROP_PIXELS. */
export function cropSize(
  photo: { width: number; height: number },
  ratio: Ratio,
  max: number = CROP_WIDTH,
): { width: number; height: number } | undefined {
  const [w, h] = ratio;
  const steps = Math.floor(Math.min(max / w, photo.width / w, photo.height / h));
  const size = { width: steps * w, height: steps * h };
  return size.width * size.height >= MIN_CROP_PIXELS ? size : undefined;
}

/** The images made of a lead photo for other sites: the link-preview card and the crops. */
export interface PreviewSet {
  /**
   * 40:21 (1200×630 where the photo allows); undefined when the photo is too small for one,
   * and then there are no crops either: the story is shared with a drawn card (see previewKind).
   */
  card: MadeSize | undefined;
  /** 16:9, 4:3 and 1:1 where the photo allows each, in that order. */
  crops: MadeSize[];
  /** The ratios left out, as `16:9`: the photo is too small for them. */
  missing: string[];
}

/** The link-preview card and the crops of a lead photo, each cut to its exact ratio. */
export function previewImages(photo: PhotoInfo, stamp: string): PreviewSet {
  const cut = (ratio: Ratio) => {
    const size = cropSize(photo, ratio);
    return size && madeSize(photo, size.width, size.height, 'jpeg', stamp);
  };
  const card = cut(CARD_RATIO);
  return {
    card,
    crops: card ? CROP_RATIOS.flatMap((ratio) => cut(ratio) ?? []) : [],
    missing: previewGaps(photo).missing,
  };
}

/**
 * What a lead photo is too small for, without naming a file: a card of its own, and the crops
 * (as `16:9`) it will not get, every one when it has no card (see PreviewSet).
 */
export function previewGaps(photo: Pick<PhotoInfo, 'width' | 'height'>): {
  card: boolean;
  missing: string[];
} {
  const card = cropSize(photo, CARD_RATIO) !== undefined;
  const missing = CROP_RATIOS.filter((ratio) => !card || !cropSize(photo, ratio));
  return { card, missing: missing.map((ratio) => ratio.join(':')) };
}

/** The image a feed reader gets of a photo: one JPEG at the column's width, or the photo's own. */
export function feedImage(photo: PhotoInfo, stamp: string): MadeSize {
  const width = Math.min(photo.width, FEED_WIDTH);
  return madeSize(photo, width, scaledHeight(photo, width), 'jpeg', stamp);
}

/** An author's portrait: square crops from the photo's centre, in every picture format. */
export function portraitPicture(photo: PhotoInfo, stamp: string): PictureSet {
  const side = Math.min(photo.width, photo.height);
  const sides = [...new Set(PORTRAIT_SIZES.map((size) => Math.min(size, side)))];
  const at = (format: MadeFormat) =>
    sides.map((size) => madeSize(photo, size, size, format, stamp));
  return {
    sources: PICTURE_FORMATS.map((format) => ({ format, sizes: at(format) })),
    fallback: at('jpeg'),
    width: sides[0]!,
    height: sides[0]!,
  };
}

/** Every file of a picture. */
export function pictureSizes(picture: PictureSet): MadeSize[] {
  return [...picture.sources.flatMap((source) => source.sizes), ...picture.fallback];
}

/** How a published photo is shown: as a story's lead, in a body, or as a portrait. */
export type PhotoUse = 'lead' | 'body' | 'portrait';

/** Every file made of a photo for the ways it is shown: what the build makes and publishes. */
export function madeSizesOf(photo: PhotoInfo, uses: Iterable<PhotoUse>, stamp: string): MadeSize[] {
  const sizes: MadeSize[] = [];
  for (const use of new Set(uses)) {
    if (use === 'portrait') {
      sizes.push(...pictureSizes(portraitPicture(photo, stamp)));
      continue;
    }
    sizes.push(...pictureSizes(columnPicture(photo, stamp)), feedImage(photo, stamp));
    if (use === 'lead') {
      const preview = previewImages(photo, stamp);
      sizes.push(...(preview.card ? [preview.card] : []), ...preview.crops);
    }
  }
  return [...new Map(sizes.map((size) => [size.name, size])).values()];
}

/**
 * What a story is shared with in link previews: its lead photo's card, its lead picture as
 * written (a public/ path or an https URL), or a card drawn with its headline (see
 * drawnCard.ts), when it has no picture or one too small for a card.
 */
export type PreviewKind = 'photo' | 'url' | 'drawn';

/** How a story is previewed (see PreviewKind), from its lead image and what is known of its photo. */
export function previewKind(
  image: { src?: string | undefined; photo?: string | undefined } | undefined,
  photoOf: (key: string) => Pick<PhotoInfo, 'width' | 'height'> | undefined,
): PreviewKind {
  const photo = image?.photo ? photoOf(image.photo) : undefined;
  if (photo && cropSize(photo, CARD_RATIO)) return 'photo';
  if (image?.src) return 'url';
  return 'drawn';
}
