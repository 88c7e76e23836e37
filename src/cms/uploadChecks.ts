/**
 * Photos uploaded in the CMS, checked before the save that writes them: a file the build cannot
 * read as a picture stops every build once a story names it, and one larger than the CMS sends
 * fails the save with a server's error. Decap writes every upload made in the entry, used or
 * not, so each is checked.
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
  /** The label of the field that uses it; undefined when none does (Decap saves it all the same). */
  usedBy: string | undefined;
}

/** What to do with a photo too large. */
const SAVE_SMALLER =
  'save it again smaller: 6,000 pixels on its longer side is more than any page shows, and a JPEG of that is a few MB';

/** How an upload is taken back before the save that would write it. */
const IN_PICKER = 'in the photo picker: select it, then Delete selected';

/** The label of uploads no field uses, which Decap writes beside the entry all the same. */
export const UNUSED_LABEL = 'Photos uploaded';

/** Decap's words when a photo chosen is larger than UPLOAD_LIMIT. */
export const TOO_LARGE_PHRASE = `Not added: the photo is larger than ${UPLOAD_LIMIT / 1e6} MB, the most the CMS uploads (${SAVE_SMALLER}).`;

/**
 * Why each upload cannot be saved, in the build's words, each after the label of the field that
 * uses it; an upload no field uses is named too, as Decap would write it beside the entry (and
 * send it with the save); none when all can be saved.
 */
export function uploadRefusals(uploads: readonly Upload[]): string[] {
  return uploads.flatMap(({ name, size, opens, usedBy }) => {
    const [why, fix] =
      size > UPLOAD_LIMIT
        ? [
            `is ${(size / 1e6).toFixed(1)} MB, more than the ${UPLOAD_LIMIT / 1e6} MB the CMS uploads`,
            SAVE_SMALLER,
          ]
        : opens === false
          ? [
              'is not a picture that can be read',
              'the browser cannot open it either: save it again as JPEG or PNG',
            ]
          : [];
    if (why === undefined) return [];
    return usedBy === undefined
      ? [
          `${UNUSED_LABEL}: "${name}" ${why}, and though nothing here uses it, the save would write it beside the story (delete it ${IN_PICKER})`,
        ]
      : [
          `${usedBy}: "${name}" ${why} (${fix}; use that copy instead, and delete this one ${IN_PICKER})`,
        ];
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
