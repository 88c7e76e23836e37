/**
 * Photos uploaded in the CMS, checked before the save that writes them: a file the build cannot
 * read as a picture stops every build, and one larger than the CMS sends fails the save with a
 * server's error. Only photos the entry uses are checked: Decap writes every upload, but the
 * build reads only the photos a story or profile names.
 */

/** The largest photo the CMS uploads (decap-server takes 50 MB a save, sent as base64). */
export const UPLOAD_LIMIT = 25_000_000;

/** Extensions of the photos a browser decodes, as sharp does: others (TIFF) are not tried here. */
export const BROWSER_PHOTOS = /\.(jpe?g|png|webp|avif|gif)$/i;

/** A photo being uploaded with the entry, as the checks need it. */
export interface Upload {
  /** Its file name. */
  name: string;
  /** Its size in bytes. */
  size: number;
  /** Whether the browser decodes it; undefined for a format it does not open. */
  opens: boolean | undefined;
}

/** What to do with a photo too large or not a picture, said in both messages. */
const SAVE_SMALLER =
  'save it again smaller: 6,000 pixels on its longer side is more than any page shows, and a JPEG of that is a few MB';

/** Decap's words when a photo chosen is larger than UPLOAD_LIMIT (its `%{size}` in kB). */
export const TOO_LARGE_PHRASE = `Not added: the photo is larger than %{size} kB, the most the CMS uploads (${SAVE_SMALLER}).`;

/**
 * Why each upload `used` names cannot be saved, in the build's words, each after the label of
 * the field that uses it (`used`: file name → label); none when all can.
 */
export function uploadRefusals(
  uploads: readonly Upload[],
  used: ReadonlyMap<string, string>,
): string[] {
  return uploads.flatMap(({ name, size, opens }) => {
    const label = used.get(name);
    if (label === undefined) return [];
    if (size > UPLOAD_LIMIT) {
      const mb = (size / 1e6).toFixed(1);
      return [
        `${label}: "${name}" is ${mb} MB, more than the ${UPLOAD_LIMIT / 1e6} MB the CMS uploads (${SAVE_SMALLER}; then choose it in place of this one)`,
      ];
    }
    if (opens === false) {
      return [
        `${label}: "${name}" is not a picture that can be read (the browser cannot open it either: save it again as JPEG or PNG, then choose it in place of this one)`,
      ];
    }
    return [];
  });
}

/**
 * The photo files an entry names, by file name, with the label of the field naming each: a
 * photo's path (`./harbour.jpg`) and the body's images, pictures and links to files beside it.
 */
export function usedPhotos(
  photos: readonly { src: unknown; label: string }[],
  body: { text: unknown; label: string },
): Map<string, string> {
  const used = new Map<string, string>();
  const fileOf = (src: string) => {
    const path = src.split(/[?#]/)[0]!;
    let decoded = path;
    try {
      decoded = decodeURI(path);
    } catch {
      // A malformed escape: the name as written.
    }
    return decoded.split('/').pop() ?? '';
  };
  for (const { src, label } of photos)
    if (typeof src === 'string' && src.trim() !== '') used.set(fileOf(src.trim()), label);
  if (typeof body.text === 'string') {
    // Markdown images and raw `<img src>`: what the build reads as a photo beside the story.
    const found = body.text.matchAll(
      /!\[[^\]]*\]\(\s*<?([^)\s>]+)|<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi,
    );
    for (const [, markdown, html] of found) {
      const name = fileOf((markdown ?? html)!);
      if (name && !used.has(name)) used.set(name, body.label);
    }
  }
  return used;
}
