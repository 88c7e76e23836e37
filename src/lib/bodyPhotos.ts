/**
 * Where a stored body shows its photos. The markdown pipeline writes a comment in each photo's
 * place (`<!--dateline-photo "0"-->`, the number its place in the body's list of photos); the
 * sanitiser removes every comment an editor writes before that. The same characters typed in an
 * attribute are no marker: an attribute's value is written between double quotes, each `"` in it
 * as `&#x22;`, and text has each `<` written `&#x3C;`, so only Dateline's own comments hold
 * `<!--dateline-photo "`. Pages, feeds and search each put what they show there.
 */

/** The comment that holds a body photo's place in stored HTML. */
export const PHOTO_MARKER = /<!--dateline-photo "(\d+)"-->/;

/** The comment for the body's photo number `index`. */
export function photoMarker(index: number): string {
  return `dateline-photo "${index}"`;
}

/** A body as stored: its HTML with markers, and the photos they stand for, in order. */
export interface MarkedBody<P> {
  html: string;
  photos: readonly P[];
}

/** The body's HTML with each marker replaced by what `make` makes of its photo. */
export function withPhotos<P>(
  body: MarkedBody<P>,
  make: (photo: P, index: number) => string,
): string {
  if (body.photos.length === 0) return body.html;
  const shown = new Set<string>();
  // split() with a capture group alternates text and the captured index.
  return body.html
    .split(new RegExp(PHOTO_MARKER.source, 'g'))
    .map((part, i) => {
      if (i % 2 === 0) return part;
      const photo = body.photos[Number(part)];
      if (photo === undefined)
        throw new Error(`a stored body marks photo ${part}, which it does not list`);
      if (shown.has(part)) throw new Error(`a stored body marks photo ${part} twice`);
      shown.add(part);
      return make(photo, Number(part));
    })
    .join('');
}
