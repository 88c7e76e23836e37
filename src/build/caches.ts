/**
 * What a build keeps for the next one, and what each kept thing depends on. Which code a cache
 * depends on is derived from the imports of the module that makes it (see codeDigest.ts).
 */
import sharp from 'sharp';
import { digestOf } from '../lib/digest.ts';
import { FONT_PACKAGES, fontVersions } from './cardFonts.ts';
import { codeDigest } from './codeDigest.ts';
import { ENCODERS } from './photoMaker.ts';

/** The module that makes photos' sizes. */
const PHOTO_MAKER = 'src/build/photoMaker.ts';

/** The module that draws cards. */
const CARD_DRAWER = 'src/content/cardWorker.ts';

/**
 * A digest of how photos are made: what the maker does (its code and everything it imports),
 * the encoders' settings and the libraries sharp encodes with. Part of every made file's name.
 */
export async function photoMaking(root: string): Promise<string> {
  const { digest } = await codeDigest(root, [PHOTO_MAKER]);
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
  const { digest } = await codeDigest(root, [CARD_DRAWER]);
  return digestOf(digest, fontVersions(root, packages), sharp.versions);
}
