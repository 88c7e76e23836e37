import slugify from '@sindresorhus/slugify';

/** What a slug may be: lowercase a-z and 0-9 in runs joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug: a readable URL, far inside a file name's 255 bytes. */
export const MAX_SLUG_LENGTH = 100;

/** Whether `slug` is safe to use as one URL segment. */
export function isValidSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);
}

/** Why `slug` is not valid, or `undefined` when it is. */
export function slugProblem(slug: string): string | undefined {
  if (isValidSlug(slug)) return undefined;
  if (SLUG_PATTERN.test(slug)) {
    return `is ${slug.length} characters long (keep it to ${MAX_SLUG_LENGTH}: the first words of the headline are enough)`;
  }
  // `/articles/mayor-quits/`, an old page's path or address pasted whole: its last segment.
  const segment = /^(?:https?:\/\/|\/)|(?:^|\/)articles\//i.test(slug)
    ? slug
        .replace(/[?#].*$/s, '')
        .split('/')
        .filter((part) => part !== '')
        .pop()
        ?.replace(/\.html?$/i, '')
    : undefined;
  if (segment !== undefined) {
    const last = slugFromText(segment, MAX_SLUG_LENGTH);
    if (last) {
      return `"${slug}" is an address, not a slug (write the slug alone, its last part: ${last})`;
    }
  }
  // `My Story` is most likely meant as `my-story`: say so, in the form it would take.
  const meant = slugFromText(slug, MAX_SLUG_LENGTH);
  return `"${slug}" is not a valid slug (use lowercase a-z, 0-9 and single hyphens, ${meant ? `as in ${meant}` : 'e.g. us-troops-leave-syria'})`;
}

/**
 * What the build says of a slug another file already has; `published`, when that file's story
 * is out under it, at that address, which stays its (a new slug for it would move its page).
 */
export function slugTakenMessage(slug: string, otherFile: string, published?: string): string {
  if (published !== undefined) {
    return `"${slug}" is the slug of ${otherFile}, whose story is published at ${published} (give this story a slug of its own, such as slug: ${slug}-2, or another file name)`;
  }
  return `"${slug}" is also the slug of ${otherFile} (give one of them a slug of its own, or another file name)`;
}

/** A slug derived from a file name (`Café déjà vu.md` → `cafe-deja-vu`), cut like slugFromText; empty when nothing is left. */
export function slugFromFileName(fileName: string): string {
  return cutSlug(slugify(fileName.replace(/\.md$/i, ''), { decamelize: false }), MAX_SLUG_LENGTH);
}

/**
 * The slug of the story at `path`: its file name's, or for an `index.md` (a Hugo page bundle's
 * `storm-hits/index.md`) its folder's, so a site moved here keeps its addresses.
 */
export function slugFromPath(path: string): string {
  const [name = '', folder, above] = path.split(/[\\/]/).reverse();
  const bundle = /^_?index\.md$/i.test(name) && folder !== undefined && above !== undefined;
  return slugFromFileName(bundle ? folder : name);
}

/** The slug of a story's page: its front matter's `slug`, else its file's (see slugFromPath). */
export function storySlug(slug: string | undefined, path: string): string {
  return slug ?? slugFromPath(path);
}

/**
 * A slug from any text (a headline), at most `maxLength` characters, cut at a hyphen between
 * words, never inside a number: `1,200` is `1200`, and `3.5` is never cut to `3`.
 */
export function slugFromText(text: string, maxLength: number): string {
  const joined = text.replace(/(\d)[,.](?=\d{3}(?!\d))/g, '$1');
  return cutSlug(slugify(joined, { decamelize: false }), maxLength);
}

/** A slug of at most `maxLength` characters, cut at a hyphen that is not inside a number. */
function cutSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  let end = maxLength + 1;
  for (;;) {
    const hyphen = slug.lastIndexOf('-', end - 1);
    if (hyphen <= 0) return slug.slice(0, maxLength).replace(/-+$/, '');
    // A hyphen between digits joins the parts of one number: cut before the number instead.
    if (!(/\d/.test(slug[hyphen - 1]!) && /\d/.test(slug[hyphen + 1] ?? ''))) {
      return slug.slice(0, hyphen);
    }
    end = hyphen;
  }
}
