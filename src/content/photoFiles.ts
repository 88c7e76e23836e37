/**
 * Reading the photos beside the articles: whether each is a picture that can be shown whole, its
 * size as shown (its EXIF orientation applied) and a digest of its bytes. Readings are kept by the
 * file's identity and times (device, inode, size, modification and change times), so a photo is
 * read once, and a photo replaced by another of the same size and time is read again (a copy or
 * a move changes its inode or its change time).
 */
import { createHash } from 'node:crypto';
import { type Stats, readdirSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { mapLimited } from '../lib/limit.ts';
import { didYouMean } from '../lib/suggest.ts';
import { PHOTO_EXTENSIONS, isPhotoFile } from '../lib/photoKeys.ts';
import type { PhotoInfo } from '../lib/photoSizes.ts';
import { writeFileAtomic } from '../build/atomicWrite.ts';

/** A photo read: what the build knows of it, or what is wrong with it (said to the editor). */
export type PhotoReading =
  | {
      info: PhotoInfo;
      problem?: undefined;
      /**
       * Where a link in the photo's path leads: the key of the file itself, which the checks of
       * whose photo it is read (a link must not show a photo of a story held back).
       */
      real?: string | undefined;
    }
  | {
      info?: undefined;
      problem: string;
      real?: undefined;
      /** Whether there is no file at all: a message then says where it was looked for. */
      missing?: boolean;
      /** For a photo that is not there, the key of the one most likely meant (see nearPhoto). */
      near?: string | undefined;
    };

/** Readings kept between loads, by key, with the file stamp each was made from. */
export interface PhotoMemo {
  entries: Map<string, { stamp: string; reading: PhotoReading }>;
  /** Where the memo is kept between builds; none for the dev server, which keeps it in memory. */
  file?: string | undefined;
}

/** Photos read at once: each is decoded whole, on sharp's threads. */
const CONCURRENCY = 4;

/** A file's stat, or undefined where there is none to be had (missing, not a folder, unreadable). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** A path with every link in it followed, or undefined where it leads nowhere. */
function realOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** A photo's identity and times: any write, copy or move changes one of them. */
function stampOf(info: Stats): string {
  return [info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs].join(':');
}

/** Loads the memo a build kept (empty when there is none, or one of another version). */
export async function loadPhotoMemo(file?: string): Promise<PhotoMemo> {
  const memo: PhotoMemo = { entries: new Map(), file };
  if (!file) return memo;
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as {
      version: number;
      entries: [string, { stamp: string; reading: PhotoReading }][];
    };
    if (saved.version === MEMO_VERSION) memo.entries = new Map(saved.entries);
  } catch {
    // No memo yet, or an unreadable one: every photo is read.
  }
  return memo;
}

/**
 * Bumped when what a reading holds or what it vouches for changes, so old readings are not
 * trusted (2: a reading is made only of a file whose links lead into the content folders; 3: a
 * reading names the file its links lead to; 4: a photo too large or damaged past its start is
 * told so, where it was "not a picture"; 5: a photo refused beside others may have been told
 * another's reason, and one cut short before its header ends or empty is told so).
 */
const MEMO_VERSION = 5;

/** Keeps the memo for the next build, without photos no longer asked for. */
export async function savePhotoMemo(memo: PhotoMemo, asked: ReadonlySet<string>): Promise<void> {
  if (!memo.file) return;
  const entries = [...memo.entries].filter(([key]) => asked.has(key));
  await writeFileAtomic(memo.file, JSON.stringify({ version: MEMO_VERSION, entries }));
}

/**
 * Reads the photos `keys` (paths from `root`), each at most once while unchanged: a photo must be
 * a file in a content folder with a photo's extension, that sharp reads to the end.
 */
export async function readPhotos(
  root: string,
  dirs: readonly string[],
  keys: Iterable<string>,
  memo: PhotoMemo,
): Promise<Map<string, PhotoReading>> {
  const unique = [...new Set(keys)].sort();
  const readings = new Map<string, PhotoReading>();
  const realDirs = dirs.flatMap((dir) => {
    const real = realOf(resolve(root, dir));
    return real === undefined ? [] : [{ dir, real }];
  });
  const unread: { key: string; path: string; stamp: string; real: string | undefined }[] = [];
  for (const key of unique) {
    const known = knownReading(root, dirs, realDirs, key, memo);
    if ('reading' in known) readings.set(key, known.reading);
    else unread.push({ key, ...known });
  }
  const read = async ({ key, path, stamp, real }: (typeof unread)[number]) => {
    const reading = await readPicture(key, await readFile(path));
    const kept = reading.info && real !== undefined ? { ...reading, real } : reading;
    memo.entries.set(key, { stamp, reading: kept });
    readings.set(key, kept);
  };
  await mapLimited(unread, read, CONCURRENCY);
  // libvips keeps one error text for all its threads: a photo that failed while others were
  // read may have been told another's reason, so each one refused is read again, alone.
  if (unread.length > 1)
    for (const photo of unread) if (readings.get(photo.key)?.problem) await read(photo);
  return new Map(unique.map((key) => [key, readings.get(key)!]));
}

/**
 * What is known of one photo without reading it: what is wrong with its path, or its reading
 * from the memo, or else its path and stamp, to be read. Its file is looked at synchronously: a
 * warm build looks at every photo, 40 ms for 10,000 at once where a promise each took 300 ms.
 */
function knownReading(
  root: string,
  dirs: readonly string[],
  realDirs: readonly { dir: string; real: string }[],
  key: string,
  memo: PhotoMemo,
): { reading: PhotoReading } | { path: string; stamp: string; real: string | undefined } {
  const path = resolve(root, key);
  if (!dirs.some((dir) => path.startsWith(resolve(root, dir) + sep))) {
    return {
      reading: { problem: 'is outside the content folders (keep photos beside the articles)' },
    };
  }
  const info = statOf(path);
  if (!info?.isFile()) {
    return {
      reading: {
        problem: `is not a file (add it as ${key}, or correct the path)`,
        missing: true,
        near: nearPhoto(root, dirs, key),
      },
    };
  }
  if (!isPhotoFile(path)) {
    return {
      reading: {
        problem: `is not a photo (use a ${PHOTO_EXTENSIONS.map((ext) => `.${ext}`).join(', ')} file)`,
      },
    };
  }
  const stamp = stampOf(info);
  const known = memo.entries.get(key);
  if (known?.stamp === stamp) return { reading: known.reading };
  // Where a link leads, not where it sits: a link beside an article must not publish a picture
  // from elsewhere on the build machine. Looked at when a photo is read, not when its reading is
  // reused: a link put in its place leads to another file, with another stamp.
  const real = realOf(path);
  const into = real && realDirs.find((dir) => real.startsWith(dir.real + sep));
  if (!into) {
    return {
      reading: {
        problem:
          'is a link to a file outside the content folders (copy the photo itself into its folder)',
      },
    };
  }
  // The file itself, named as a path through the content folder its link leads into.
  const realKey = relative(root, join(resolve(root, into.dir), relative(into.real, real)))
    .split(sep)
    .join('/');
  return { path, stamp, real: realKey === key ? undefined : realKey };
}

/** Quotation marks, straight or curly, which no photo's path holds on purpose. */
export const QUOTES = /[“”„‘’«»"']/g;

/**
 * The photo an editor most likely meant by `key`, which is not there: in the nearest folder of
 * its path that is (`content/2026/11/content/2026/11/x.png` typed as a path from the project),
 * one of the same name in other capitals, or with another photo ending, or a typo away.
 */
function nearPhoto(root: string, dirs: readonly string[], key: string): string | undefined {
  // `“./map.png”`, pasted with a word processor's quotes: read as part of the name.
  const unquoted = key.replace(QUOTES, '');
  if (unquoted !== key && statOf(resolve(root, unquoted))?.isFile()) return unquoted;
  const within = (dir: string) =>
    dirs.some(
      (content) => dir === resolve(root, content) || dir.startsWith(resolve(root, content) + sep),
    );
  let dir = dirname(resolve(root, key));
  while (within(dir) && !statOf(dir)?.isDirectory()) dir = dirname(dir);
  if (!within(dir)) return undefined;
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => isPhotoFile(name));
  } catch {
    return undefined;
  }
  const name = basename(key).toLowerCase();
  const stem = (file: string) => file.toLowerCase().replace(/\.[^.]*$/, '');
  const found =
    names.find((other) => other.toLowerCase() === name) ??
    names.find((other) => stem(other) === stem(name)) ??
    names.find(
      (other) =>
        other.toLowerCase() ===
        didYouMean(
          name,
          names.map((n) => n.toLowerCase()),
        ),
    );
  return found && relative(root, join(dir, found)).split(sep).join('/');
}

/** The most pixels sharp decodes (its `limitInputPixels`), which guards the build's memory. */
const PIXEL_LIMIT = 0x3fff * 0x3fff;

/** What libvips says of a file that ends before its picture does, in each format's words. */
const CUT_SHORT = /premature end|truncated|unexpected end/i;

/** A photo cut short, an interrupted upload: said with libvips's reason. */
const cutShort = (reason: string) => ({
  problem: `is cut short: the file ends before the picture does (${reason}; upload it again)`,
});

/** What sharp makes of a photo's bytes: its size as shown and its digest, or why it cannot be used. */
export async function readPicture(key: string, bytes: Buffer): Promise<PhotoReading> {
  // libvips's first line, without the colons it leaves where it had nothing more to say.
  const reasonOf = (error: unknown) =>
    (error instanceof Error ? error.message : String(error))
      .split('\n')[0]!
      .replace(/[\s:]+$/, '')
      .replace(/::+/g, ':');
  const cannot = (reason: string) => ({
    problem: `is not a picture that can be read (${reason}: save it again as JPEG or PNG)`,
  });
  if (bytes.length === 0) return { problem: 'is an empty file (upload the photo again)' };
  let meta: Metadata;
  try {
    // The header alone, whatever its size: the limit is told below, with the photo's size.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    const reason = reasonOf(error);
    // A file that ends before its own header does (a GIF, a JPEG barely begun): cut short.
    return CUT_SHORT.test(reason) ? cutShort(reason) : cannot(reason);
  }
  const shown = meta.autoOrient ?? meta;
  if (!shown.width || !shown.height || !meta.format) return cannot('it has no width and height');
  if (shown.width * shown.height > PIXEL_LIMIT) {
    const size = `${shown.width.toLocaleString('en')} × ${shown.height.toLocaleString('en')}`;
    return {
      problem: `is ${size} pixels, more than the ${Math.floor(PIXEL_LIMIT / 1e6)} million a photo may have (save it again smaller: 6,000 pixels on its longer side is more than any page shows)`,
    };
  }
  try {
    // Decoded to the end, small: a file cut short (an interrupted upload) would otherwise be
    // shown half grey, and sharp only warns of it.
    await sharp(bytes, { failOn: 'truncated' }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
  } catch (error) {
    const reason = reasonOf(error);
    // Its header read as a picture's, its pixels not: the rest of the file is missing or broken
    // (libpng says only "read error" of a PNG cut short).
    return CUT_SHORT.test(reason)
      ? cutShort(reason)
      : {
          problem: `is cut short or damaged: its start reads as a ${meta.format.toUpperCase()} picture, the rest does not (${reason}; upload it again, or save it again from the original)`,
        };
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  return { info: { key, width: shown.width, height: shown.height, format: meta.format, digest } };
}
