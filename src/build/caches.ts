/**
 * Every cache a build keeps for the next one, in one table: where each is kept, what its key
 * covers and how entries no build needs go. "Which code" a cache depends on is never a list
 * kept by hand: it is the module that makes the cache's entries and everything it imports at run
 * time (see codeDigest.ts). Astro keeps two caches of its own beside these: the content store
 * (`data-store.json`, whose entries the loaders key, see content/loaders.ts) and the pages
 * (`incremental-build.json`, keyed by each page's cache key, see view/routes.ts).
 *
 * To add a cache: add a row here (its folder below `dateline/`, its maker module when code
 * shapes it, what else its key covers, its pruner), and a path to CachePaths.
 */
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { digestOf } from '../lib/digest.ts';
import { FONT_PACKAGES, fontVersions } from './cardFonts.ts';
import { codeDigest } from './codeDigest.ts';
import { installedCodeDigest } from './installedCode.ts';
import { ENCODERS } from './photoMaker.ts';

/** One cache: where it is kept, what shapes its entries, and how they are dropped. */
export interface CacheRow {
  /** Its file or folder below `<cacheDir>/dateline/`. */
  folder: string;
  /** The module that makes its entries; its run-time imports are the code the cache depends on. */
  maker?: string;
  /** What else its key covers. */
  key: string;
  /** How entries no build needs any more go. */
  pruned: string;
}

/** The caches Dateline keeps in `<cacheDir>/dateline/`. */
export const CACHES = {
  records: {
    folder: "(Astro's content store)",
    maker: 'src/content/render.ts',
    key: "each file's path, text and validated fields; base, time zone, language and body words (task marks, footnotes); the installed code of the packages the maker runs (not the lockfile: upgrading a package the pipeline does not run renders no body again)",
    pruned: 'a record whose file is gone is dropped at each sync (content/loaders.ts)',
  },
  validation: {
    folder: 'validation.json',
    maker: 'src/content/validate.ts',
    key: "each file's bytes (content digest); base, time zone, language; the installed code of the packages the maker runs",
    pruned: 'results of files that are gone are dropped at each sync (build/validationCache.ts)',
  },
  bodies: {
    folder: 'bodies',
    key: 'the digest of the rendered body itself (content-addressed): no code, no settings',
    pruned: 'bodies no record names are deleted after each build (build/bodyStore.ts)',
  },
  photoReadings: {
    folder: 'photo-info.json',
    key: "each photo file's device, inode, size, modification and change times",
    pruned: 'readings of photos no longer shown are dropped at each sync (content/photoFiles.ts)',
  },
  photos: {
    folder: 'photos',
    maker: 'src/build/photoMaker.ts',
    key: "each made file's name: the photo's bytes, the size and format; the encoders' settings and sharp's libraries",
    pruned: 'files no published page names are deleted after each build (build/madePhotos.ts)',
  },
  cards: {
    folder: 'cards',
    maker: 'src/build/cardWorker.ts',
    key: "each card's name: what it shows; the font packages' versions and sharp's libraries",
    pruned: 'cards no published story names are deleted after each build (build/cardDrawer.ts)',
  },
  search: {
    folder: 'search',
    maker: 'src/integrations/search.ts',
    key: "each bundle's stories (URL, title, body, date, thumbnail), its language and the base; Pagefind's installed code",
    pruned: 'bundles no longer current are deleted after each build (integrations/search.ts)',
  },
  published: {
    folder: 'published.json',
    key: "none: written by every build's loader, read by the integrations of the same build",
    pruned: 'replaced by each build',
  },
  installed: {
    folder: 'installed',
    key: "each package file's path, size and time (a digest of installed code is kept with them)",
    pruned: 'replaced when the packages change',
  },
  output: {
    folder: 'output.json',
    key: "the output folder and the digest of Astro's page manifest the last finished build left",
    pruned:
      'removed when a build starts, written when it finishes (integrations/incrementalOutput.ts)',
  },
} as const satisfies Record<string, CacheRow>;

/** Where Dateline keeps its own reusable build products inside Astro's cache folder. */
export interface CachePaths {
  /** Rendered article bodies, by digest (see bodyStore.ts). */
  bodies: string;
  /** The last build's published stories, authors and photos, for the outputs made beside the pages. */
  published: string;
  /** Search indexes, by the digest of what they index. */
  search: string;
  /** Validation results of the last build, by file (see validationCache.ts). */
  validation: string;
  /** Digests of installed package code, with the file stamps they were made from (see installedCode.ts). */
  installed: string;
  /** Drawn link-preview cards, by what they show (see cardDrawer.ts). */
  cards: string;
  /** Made sizes of photos, by name (see photoMaker.ts). */
  photos: string;
  /** Readings of the photos beside the articles, by key (see content/photoFiles.ts). */
  photoInfo: string;
}

/** Dateline's paths below an absolute cache folder, from the table. */
export function cachePaths(cacheDir: string): CachePaths {
  const own = (row: CacheRow) => join(cacheDir, 'dateline', row.folder);
  return {
    bodies: own(CACHES.bodies),
    published: own(CACHES.published),
    search: own(CACHES.search),
    validation: own(CACHES.validation),
    installed: own(CACHES.installed),
    cards: own(CACHES.cards),
    photos: own(CACHES.photos),
    photoInfo: own(CACHES.photoReadings),
  };
}

/** Whether absolute path `inner` is `outer` or lies below it. */
export function isWithin(inner: string, outer: string): boolean {
  const rest = relative(outer, inner);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * Whether `folder` lies outside `project` though its path begins with the project's
 * (`/srv/site-out` beside `/srv/site`): Astro 7.3 takes such an output folder for one inside.
 */
export function looksInside(folder: string, project: string): boolean {
  return folder.startsWith(project) && !isWithin(folder, project);
}

/** The project Dateline's code lives in, wherever the site being built lives. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A digest of the code that makes a cache's entries: the maker module and everything it imports,
 * and the installed code of the packages they run (remark, rehype, the sanitiser and everything
 * they depend on) as installed for the site at `root`. An entry is reused only if this very code
 * made it: upgrading Dateline or one of those packages, or patching one in place, makes it again;
 * a change to code the maker does not run (a page's words, an upgraded test tool) does not. Not
 * the lockfile: it changes with every package, and a changed package is seen in its code.
 * `memo` keeps the installed code's digest with the file stamps it was made from.
 */
export async function cacheCode(
  root: string,
  cache: 'records' | 'validation',
  memo: string,
): Promise<string> {
  const { digest, graph } = await makerCode(PROJECT_ROOT, cache);
  // `astro/zod` is the only piece of Astro the pipeline runs: its zod, not all of Astro.
  const installed = await installedCodeDigest(root, graph.packages, { astro: ['zod'] }, memo);
  return digestOf(digest, installed);
}

/** What a cache's maker does, and the packages it runs (see codeDigest). */
export function makerCode(
  root: string,
  cache: {
    [K in keyof typeof CACHES]: (typeof CACHES)[K] extends { maker: string } ? K : never;
  }[keyof typeof CACHES],
) {
  return codeDigest(root, [CACHES[cache].maker]);
}

/**
 * A digest of how photos are made: what the maker does (its code and everything it imports),
 * the encoders' settings and the libraries sharp encodes with. Part of every made file's name.
 */
export async function photoMaking(root: string): Promise<string> {
  const { digest } = await makerCode(root, 'photos');
  return digestOf(digest, ENCODERS, sharp.versions).slice(0, 16);
}

/**
 * A digest of how cards are drawn: what the drawing code does (the worker and everything it
 * imports), the font packages' versions and the libraries sharp draws with (libvips, Pango,
 * HarfBuzz, FreeType, fontconfig, libpng). Part of every card's name.
 */
export async function cardDrawing(
  root: string,
  packages: readonly string[] = FONT_PACKAGES,
): Promise<string> {
  const { digest } = await makerCode(root, 'cards');
  return digestOf(digest, fontVersions(root, packages), sharp.versions);
}
