/**
 * The photos pages show, as pages show them: pictures, link-preview images, feed images and
 * portraits, each named through src/lib/photoSizes.ts, the same functions the build makes the
 * files with (src/integrations/photos.ts), so a page names only files the build makes.
 */
import { nameForDev } from '../build/devPhotos.ts';
import { COLUMN_SIZES } from '../lib/photoKeys.ts';
import {
  type MadeSize,
  madePath,
  type PhotoInfo,
  type PictureSet,
  type PreviewSet,
  columnPicture,
  feedImage,
  portraitPicture,
  previewImages,
} from '../lib/photoSizes.ts';
import { type PictureOptions, pictureHtml } from '../lib/pictures.ts';
import type { StoredBody } from '../build/bodyStore.ts';
import { withPhotos } from '../lib/bodyPhotos.ts';

/** The photos of a site, as its pages show them. */
export interface ShownPhotos {
  /** What is known of the photo `key`; undefined for one no page may show. */
  info: (key: string) => PhotoInfo | undefined;
  /** How photos are made (see photoMaking): part of every made file's name. */
  stamp: string;
  /** The path of a made file under the base. */
  url: (name: string) => string;
  column: (photo: PhotoInfo) => PictureSet;
  preview: (photo: PhotoInfo) => PreviewSet;
  feed: (photo: PhotoInfo) => MadeSize;
  portrait: (photo: PhotoInfo) => PictureSet;
}

/** The photos of a site under `base`; `dev` notes every size named, for the dev server to make. */
export function shownPhotos(
  infos: ReadonlyMap<string, PhotoInfo>,
  stamp: string,
  base: string,
  dev: boolean,
): ShownPhotos {
  const note = <T>(sizes: (value: T) => MadeSize[]) =>
    dev
      ? (value: T) => {
          for (const size of sizes(value)) nameForDev(size);
          return value;
        }
      : (value: T) => value;
  const picture = note<PictureSet>((set) => [
    ...set.sources.flatMap((source) => source.sizes),
    ...set.fallback,
  ]);
  const preview = note<PreviewSet>((set) => [...(set.card ? [set.card] : []), ...set.crops]);
  const single = note<MadeSize>((size) => [size]);
  return {
    info: (key) => infos.get(key),
    stamp,
    url: (name) => madePath(name, base),
    column: (photo) => picture(columnPicture(photo, stamp)),
    preview: (photo) => preview(previewImages(photo, stamp)),
    feed: (photo) => single(feedImage(photo, stamp)),
    portrait: (photo) => picture(portraitPicture(photo, stamp)),
  };
}

/** The column picture of a photo as HTML. */
export function columnPictureHtml(
  photos: ShownPhotos,
  photo: PhotoInfo,
  options: Omit<PictureOptions, 'url' | 'sizes'> & { sizes?: string | undefined },
): string {
  return pictureHtml(photos.column(photo), {
    ...options,
    url: photos.url,
    sizes: options.sizes ?? COLUMN_SIZES,
  });
}

/** The body's photos made into responsive pictures, lazily loaded. */
export function bodyHtml(photos: ShownPhotos, body: StoredBody): string {
  return withPhotos(body, (shown) => {
    const photo = photos.info(shown.key);
    // The loader checked every photo the bodies name: a missing one is a bug, said loudly.
    if (!photo) throw new Error(`no photo ${shown.key} among the photos the site shows`);
    return columnPictureHtml(photos, photo, { alt: shown.alt, title: shown.title });
  });
}
