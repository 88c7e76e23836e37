/**
 * Photos beside the articles: which files are photos, how an article names one, and where a
 * reference written in an article points. No `node:` module: the CMS's preview, in the editor's
 * browser, finds a story's photos as the build does.
 */

/** The file types sharp reads and Dateline accepts as photos. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'];

/** Whether a file name has a photo's extension. */
export function isPhotoFile(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && PHOTO_EXTENSIONS.includes(name.slice(dot + 1).toLowerCase());
}

/** Whether an image reference is a path relative to the article (`./x.jpg`, `../x.jpg`, `x.jpg`). */
export function isRelativeImage(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:|^\/|^#|^\?/i.test(src) && !src.includes('\\') && src.trim() !== '';
}

/**
 * The key of the photo a relative reference in `articleFile` (a path from the project root)
 * points to: its path from the project root, as the photo loader keys it.
 */
export function photoKey(articleFile: string, src: string): string {
  const path = decodeURIComponentSafe(src.split(/[?#]/)[0]!);
  const slash = articleFile.lastIndexOf('/');
  const folder = slash < 0 ? '.' : slash === 0 ? '/' : articleFile.slice(0, slash);
  return normalizePath(path === '' ? folder : `${folder}/${path}`);
}

/** A `/`-separated path with `.`, `..` and repeated slashes resolved, as `path.posix.normalize` does. */
function normalizePath(path: string): string {
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    // Above the root there is nothing: `/..` is `/`.
    else if (!rooted) parts.push(part);
  }
  const joined = `${rooted ? '/' : ''}${parts.join('/')}` || '.';
  return path.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
}

/** A URL path decoded, or as written when it is not valid percent-encoding. */
function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The widths a photo is made in: a phone's column (about 360 CSS px) at one, two and three
 * device pixels per CSS pixel, and the desktop column (44rem) at one and two. Never wider than
 * the original.
 */
export const PHOTO_WIDTHS = [360, 640, 960, 1280];

/** The widths a photo `originalWidth` pixels wide is made in: those it can give, else its own. */
export function photoWidths(originalWidth: number): number[] {
  const widths = PHOTO_WIDTHS.filter((width) => width <= originalWidth);
  return widths.length > 0 ? widths : [originalWidth];
}

/** The height of a photo scaled to `width`, its proportions kept. */
export function scaledHeight(photo: { width: number; height: number }, width: number): number {
  // A strip a few pixels high still gets a row: a made size is never 0 pixels high.
  return Math.max(1, Math.round((photo.height * width) / photo.width));
}

/**
 * How wide a photo in the article column is shown: the page less its gutters up to the column's
 * 44rem, and from 64rem the column beside the rail of related stories until both fit.
 */
export const COLUMN_SIZES =
  '(min-width: 70.5rem) 44rem, (min-width: 64rem) calc(100vw - 26.5rem), (min-width: 47rem) 44rem, calc(96vw - 1rem)';
