import { isAbsolute, join, relative } from 'node:path';

/** Where Dateline keeps its own reusable build products inside Astro's cache folder. */
export interface CachePaths {
  /** Rendered article bodies, by digest (see src/content/bodyStore.ts). */
  bodies: string;
  /** The last build's published articles, for the outputs that follow records. */
  published: string;
  /** Search indexes, by the digest of what they index. */
  search: string;
  /** Validation results of the last build, by file (see src/content/validationCache.ts). */
  validation: string;
  /** Digests of installed package code, with the file stamps they were made from (see src/build/installedCode.ts). */
  installed: string;
  /** Drawn link-preview cards, by what they show (see src/content/socialCards.ts). */
  cards: string;
  /** Made sizes of photos, by name (see src/build/photoMaker.ts). */
  photos: string;
  /** Readings of the photos beside the articles, by key (see src/content/photoFiles.ts). */
  photoInfo: string;
}

/** Whether absolute path `inner` is `outer` or lies below it. */
export function isWithin(inner: string, outer: string): boolean {
  const rest = relative(outer, inner);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/** Dateline's paths below an absolute cache folder. */
export function cachePaths(cacheDir: string): CachePaths {
  const own = join(cacheDir, 'dateline');
  return {
    bodies: join(own, 'bodies'),
    published: join(own, 'published.json'),
    search: join(own, 'search'),
    validation: join(own, 'validation.json'),
    installed: join(own, 'installed'),
    cards: join(own, 'cards'),
    photos: join(own, 'photos'),
    photoInfo: join(own, 'photo-info.json'),
  };
}
