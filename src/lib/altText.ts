/**
 * Alt text that tells a reader who cannot see the picture nothing: a file name (`IMG_1234.jpg`,
 * what some tools fill in) or a word that only says a picture is there (`photo`, `imagen`),
 * which a screen reader announces already; and what to say of a photo with none at all.
 */

/** Words that say only that there is a picture, in the site's languages and the common ones. */
const NOTHING_SAID = new Set([
  'alt',
  'alt text',
  'image',
  'img',
  'photo',
  'photograph',
  'picture',
  'pic',
  'graphic',
  'placeholder',
  'untitled',
  'screenshot',
  'foto',
  'fotografía',
  'fotografia',
  'imagen',
  'imagem',
  'image sans titre',
  'bild',
  'صورة',
]);

/** A camera's or a phone's file name (one word: `DJI 450 drone at dawn` describes), or any name ending as a picture file does. */
const FILE_NAME =
  /^(?:(?:img|dsc|dscn|dscf|pxl|dji|gopr|mvimg|screenshot|photo)[_-]?[\d_-]{3,}\S*|[^\s/]+\.(?:jpe?g|png|gif|webp|avif|svg|heic|heif|tiff?|bmp))$/iu;

/** A lone Latin letter (`x`), or marks and numbers with no letter at all (`-`, `1`, `...`). */
const NOT_A_WORD = /^(?:\p{Script=Latin}|[\p{P}\p{S}\p{N}\s]+)$/u;

/** The ways an alt text can describe nothing, as told to the editor. */
export const VAGUENESS = ['a file name', 'only a word for a picture', 'not a word'] as const;

/** Why `alt` describes nothing (`a file name`, `only a word for a picture`, `not a word`), or undefined. */
export function vagueAlt(alt: string): (typeof VAGUENESS)[number] | undefined {
  const text = alt.trim();
  if (text === '') return undefined;
  if (FILE_NAME.test(text)) return 'a file name';
  if (NOT_A_WORD.test(text)) return 'not a word';
  const words = text
    .toLowerCase()
    .replace(/[\s.:!-]+$/u, '')
    .replace(/\s+/gu, ' ');
  return NOTHING_SAID.has(words) ? 'only a word for a picture' : undefined;
}

/** What to tell of an alt text `vagueAlt` finds wanting (of the picture `src`), and what to write. */
export function vagueAltMessage(
  alt: string,
  why: NonNullable<ReturnType<typeof vagueAlt>>,
  src?: string,
): string {
  const quoted = `"${alt.trim()}"`;
  return `${src ? `the alt text of ${src}, ${quoted},` : quoted} is ${why}, which tells readers who cannot see the picture nothing (say what it shows: "Waves break over the sea wall")`;
}

/** The alt text a message about a story's photo shows as an example. */
export const NO_ALT_EXAMPLE = 'Waves over the sea wall';

/**
 * What to say of a body photo without alt text, in the way it is written: markdown
 * (`![](./x.jpg)`) or an HTML `<img>`; `example` is an alt text to show.
 */
export function noAltMessage(src: string, html: boolean, example: string): string {
  return html
    ? `<img src="${src}"> has no alt text (describe the picture: add alt="…", e.g. <img src="${src}" alt="${example}">)`
    : `![](${src}) has no alt text (describe the picture: ![${example}](${src}))`;
}
