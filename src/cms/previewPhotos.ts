/**
 * The photos the CMS's preview shows, read from where the build reads them. Decap finds a photo
 * by its file name alone in the entry's folder (`selectMediaFilePath` joins the folder and
 * `basename(src)`), so `./ferry/ferry.jpg` beside a story was looked for as `ferry.jpg` and not
 * found; and a body drawn before its photos arrived kept showing none.
 */
import { isRelativeImage, photoKey } from '../lib/photoKeys.ts';

/**
 * The repository path of photo `src` written in the file at `entryPath` (a path from the
 * repository's root, as Decap gives an entry's), as the build finds it; undefined for another
 * site's address, a `public/` path, or one that leads out of the repository.
 */
export function photoPath(entryPath: string, src: string): string | undefined {
  if (!isRelativeImage(src)) return undefined;
  const key = photoKey(entryPath, src);
  return key === '.' || key === '..' || key.startsWith('../') || key.startsWith('/')
    ? undefined
    : key;
}

/** What reads a file of the repository for the preview: Decap's backend's `getMediaFile`. */
export type ReadPhoto = (path: string) => Promise<{ url: string }>;

/** The preview's photos, each read once, and who to tell as each arrives. */
export interface PhotoReader {
  /** Reads photos with `read` from now on (the backend Decap made once the editor signed in). */
  use(read: ReadPhoto): void;
  /** The URL of the photo at `path`: null where there is none, undefined while it is read. */
  url(path: string): string | null | undefined;
  /** How many photos have arrived: a mark that changes as each does. */
  readonly arrived: number;
  /** Calls `listener` as each photo arrives; returns what stops it. */
  listen(listener: () => void): () => void;
}

/**
 * A reader of the preview's photos. A photo the backend does not have (uploaded in this visit
 * and not saved yet, which Decap holds itself) is null: the preview asks Decap for it.
 */
export function photoReader(): PhotoReader {
  const urls = new Map<string, string | null>();
  const reading = new Set<string>();
  const listeners = new Set<() => void>();
  let read: ReadPhoto | undefined;
  let arrived = 0;
  return {
    use(reader) {
      read = reader;
    },
    url(path) {
      if (urls.has(path)) return urls.get(path);
      if (!read) return null;
      // A second drawing before it arrives asks no second time.
      if (reading.has(path)) return undefined;
      reading.add(path);
      void read(path)
        .then(
          (file) => file.url,
          () => null,
        )
        .then((url) => {
          reading.delete(path);
          urls.set(path, url);
          arrived += 1;
          for (const listener of listeners) listener();
        });
      return undefined;
    },
    get arrived() {
      return arrived;
    },
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
