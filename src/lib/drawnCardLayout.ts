/**
 * How a drawn link-preview card is laid out: its size, margins and greys, the headline's size
 * steps and cut, the Pango markup of its text and the fonts it is set in. Only what drawing
 * needs, so a card's name changes with this and not with what decides what the card shows.
 */
import type { CardSpec } from './drawnCard.ts';

/** The card's size: what Open Graph and X (Twitter) expect of a large link preview. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Space around the text, in pixels. */
export const CARD_MARGIN = 80;

/** Grey levels of the card: dark ink on a light ground (a one-channel PNG is small and fast). */
export const CARD_GREYS = { ground: 250, ink: 24 } as const;

/**
 * The font families, in fallback order: Latin, Greek and Cyrillic; Arabic; Hebrew; Chinese and
 * Japanese; Korean; emoji, in outline, as the card is grey. Each ships as TTF files in an npm
 * package (see src/build/cardFonts.ts).
 */
export const CARD_FAMILIES = [
  'Noto Sans',
  'Noto Sans Arabic',
  'Noto Sans Hebrew',
  'Noto Sans SC',
  'Noto Sans KR',
  'Noto Emoji',
] as const;

/** The headline's size steps, in pixels, with the widest headline (in em units) each fits. */
const HEADLINE_STEPS = [
  { size: 64, fits: 80 },
  { size: 54, fits: 125 },
  { size: 44, fits: 190 },
] as const;

/** A headline wider than this (in em units) is cut at a word and ends in an ellipsis. */
export const HEADLINE_LIMIT = HEADLINE_STEPS.at(-1)!.fits;

/** Characters set a full em wide: Han, kana and Hangul. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How wide a headline sets, roughly, in half-em units: a wide (CJK) character counts two. */
export function headlineWidth(title: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(title)) width += WIDE.test(segment) ? 2 : 1;
  return width;
}

/** The headline's size in pixels: smaller for a longer headline, so it fits the card. */
export function headlineSize(title: string): number {
  const width = headlineWidth(title);
  return (HEADLINE_STEPS.find((step) => width <= step.fits) ?? HEADLINE_STEPS.at(-1)!).size;
}

/** Combining marks a letter may carry on a card: Hebrew points, Arabic shadda and vowel, Vietnamese. */
export const MAX_MARKS = 3;

/**
 * The headline cut to what a card holds: at a space where there is one, with an ellipsis. Marks
 * stacked past MAX_MARKS on one letter ("zalgo" text) are dropped: each one set above the last
 * would push the site's name and the headline off the card.
 */
export function fitHeadline(title: string, limit = HEADLINE_LIMIT): string {
  const clean = title
    .replace(new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu'), '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (headlineWidth(clean) <= limit) return clean;
  let width = 0;
  let cut = '';
  for (const { segment } of graphemes.segment(clean)) {
    width += WIDE.test(segment) ? 2 : 1;
    if (width > limit - 1) break;
    cut += segment;
  }
  const space = cut.lastIndexOf(' ');
  // Cut at the last word break unless that throws most of the headline away (CJK has no spaces).
  const kept = space > cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.trimEnd()}…`;
}

/** Text made safe for Pango markup: the XML escapes, and no character XML cannot hold. */
export function markupText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The card's text as Pango markup: site name, headline, date, one paragraph each. Every
 * paragraph opens with a direction mark, so a headline's direction is the story's language's,
 * not guessed from its first letter (an English headline may begin with an Arabic name).
 */
export function cardMarkup(spec: CardSpec): string {
  const mark = spec.dir === 'rtl' ? '\u200f' : '\u200e';
  const title = fitHeadline(spec.title);
  const gap = '<span size="16pt">\n</span>';
  return [
    `<span weight="bold" size="30pt" alpha="72%">${mark}${markupText(spec.site)}</span>\n`,
    gap,
    `<span weight="bold" size="${headlineSize(title)}pt">${mark}${markupText(title)}</span>\n`,
    gap,
    `<span size="30pt" alpha="64%">${mark}${markupText(spec.date)}</span>`,
  ].join('');
}

/** The Pango font description the card's text is set in (sizes in the markup; 1 pt is 1 px). */
export function cardFont(): string {
  return `${CARD_FAMILIES.join(', ')} 30`;
}

/** The margins that place a text block `width` × `height` on the card: from the story's start edge. */
export function cardMargins(
  width: number,
  height: number,
  dir: CardSpec['dir'],
): { top: number; bottom: number; left: number; right: number } {
  const free = Math.max(0, CARD_SIZE.width - 2 * CARD_MARGIN - width);
  return {
    top: CARD_MARGIN,
    bottom: Math.max(0, CARD_SIZE.height - CARD_MARGIN - height),
    left: dir === 'rtl' ? CARD_MARGIN + free : CARD_MARGIN,
    right: dir === 'rtl' ? CARD_MARGIN : CARD_MARGIN + free,
  };
}

/** A fontconfig file that knows only the given font folders: cards look the same on every machine. */
export function fontsConfig(fontDirs: readonly string[], cacheDir: string): string {
  const escape = (path: string) => markupText(path).replace(/"/g, '&quot;');
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    ...fontDirs.map((dir) => `  <dir>${escape(dir)}</dir>`),
    `  <cachedir>${escape(cacheDir)}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}
