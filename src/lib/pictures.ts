/**
 * The `<picture>` element of a made photo: AVIF and WebP sources, a sized fallback `<img>`. The
 * one place this markup is written, for lead photos, body photos and portraits alike, with every
 * attribute escaped, whatever an editor wrote in an alt text or a title.
 */
import type { MadeSize, PictureSet } from './photoSizes.ts';

/** The MIME type of a made format. */
const TYPES: Record<MadeSize['format'], string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
};

/** The MIME type of a made size. */
export function madeType(size: Pick<MadeSize, 'format'>): string {
  return TYPES[size.format];
}

/** An attribute value written safely between double quotes. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** How a picture is shown. */
export interface PictureOptions {
  /** The URL of a made file, by its name. */
  url: (name: string) => string;
  /** The `sizes` attribute: how wide the picture is laid out. */
  sizes: string;
  /** Text for readers who cannot see it. */
  alt: string;
  title?: string | undefined;
  /** The page's main picture: loaded at once and first; others load as the reader nears them. */
  priority?: boolean | undefined;
  className?: string | undefined;
}

/** A `srcset` of made sizes: `url 360w, url 640w`. */
export function srcset(sizes: readonly MadeSize[], url: (name: string) => string): string {
  return sizes.map((size) => `${url(size.name)} ${size.width}w`).join(', ');
}

/** A `<picture>` of a made photo, better formats first, its `<img>` sized so nothing shifts. */
export function pictureHtml(set: PictureSet, options: PictureOptions): string {
  const sizes = escapeAttribute(options.sizes);
  const sources = set.sources
    .map(
      (source) =>
        `<source type="${madeType(source)}" srcset="${escapeAttribute(srcset(source.sizes, options.url))}" sizes="${sizes}">`,
    )
    .join('');
  const widest = set.fallback.at(-1)!;
  const attributes = [
    `src="${escapeAttribute(options.url(widest.name))}"`,
    `srcset="${escapeAttribute(srcset(set.fallback, options.url))}"`,
    `sizes="${sizes}"`,
    `width="${set.width}"`,
    `height="${set.height}"`,
    options.priority ? 'loading="eager" fetchpriority="high"' : 'loading="lazy"',
    'decoding="async"',
    `alt="${escapeAttribute(options.alt)}"`,
    ...(options.title ? [`title="${escapeAttribute(options.title)}"`] : []),
    ...(options.className ? [`class="${escapeAttribute(options.className)}"`] : []),
  ];
  return `<picture>${sources}<img ${attributes.join(' ')}></picture>`;
}
