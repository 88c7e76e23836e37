/**
 * A child process that draws link-preview cards with sharp (Pango text, PNG out). It runs apart
 * from the build for two reasons: fontconfig is set for the whole process by FONTCONFIG_FILE,
 * which the parent points at the fonts from npm alone (no machine's own fonts change a card),
 * and libvips sets text one card at a time per process, so drawing here leaves the build's own
 * threads free. See cardDrawer.ts for the parent's side.
 */
import pLimit from 'p-limit';
import sharp from 'sharp';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CARD_GREYS,
  CARD_MARGIN,
  CARD_SIZE,
  cardFont,
  cardMarkup,
  cardMargins,
} from '../lib/drawnCardLayout.ts';
import type { CardSpec } from '../lib/drawnCard.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { fontDirs } from './cardFonts.ts';

/** One card to draw into `out`. */
export interface CardJob {
  id: number;
  spec: CardSpec;
  out: string;
}

/** The answer for a job: drawn, or why not. */
export interface CardDone {
  id: number;
  error?: string;
}

/** Draws one card as a one-channel PNG, exactly CARD_SIZE. */
export async function drawCard(spec: CardSpec): Promise<Buffer> {
  const { ground, ink } = CARD_GREYS;
  const { width, height } = CARD_SIZE;
  const text = await sharp({
    text: {
      text: cardMarkup(spec),
      font: cardFont(),
      width: width - 2 * CARD_MARGIN,
      dpi: 72,
      // Pango flips the alignment of a right-to-left paragraph: this is the start edge.
      align: 'left',
      wrap: 'word',
    },
  })
    // Ink coverage (0–255) to grey: full coverage is the ink, none the ground.
    .linear(-(ground - ink) / 255, ground)
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (text.info.channels !== 1)
    throw new Error(`card text has ${text.info.channels} channels, not 1`);
  // Placing the text block by copying its rows costs a fraction of a libvips embed, which
  // would convert colour spaces on the way; a block taller than the card's room is cut.
  const rows = Math.min(text.info.height, height - 2 * CARD_MARGIN);
  const margins = cardMargins(text.info.width, rows, spec.dir);
  const card = Buffer.alloc(width * height, ground);
  for (let y = 0; y < rows; y++) {
    const from = y * text.info.width;
    text.data.copy(card, (margins.top + y) * width + margins.left, from, from + text.info.width);
  }
  return sharp(card, { raw: { width, height, channels: 1 } })
    .toColourspace('b-w')
    .png({ compressionLevel: 3 })
    .toBuffer();
}

/** A line set in `font` as raw pixels, to compare what font requests give. */
async function probe(font: string): Promise<Buffer> {
  return sharp({ text: { text: 'Dateline 0123 iiii WWWW |||| mmmm', font: `${font} 32`, dpi: 72 } })
    .raw()
    .toBuffer();
}

/** The folders a fontconfig file names (`<dir>`), unescaped. */
function namedFolders(config: string): string[] {
  return [...config.matchAll(/<dir>([^<]*)<\/dir>/g)].map(([, dir]) =>
    dir!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

/**
 * Whether this process draws with the bundled fonts alone, or what is wrong. Its fontconfig file
 * must exist and name only the bundled fonts' folders, with no rule of a machine's own (an
 * include, an alias); and a machine's font families (monospace, serif) must be answered as any
 * unknown family is, by the bundled fonts: if fontconfig sees other fonts, a card would silently
 * be set in whatever the build machine has.
 */
export async function bundledFontsOnly(
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const path = env.FONTCONFIG_FILE;
  const config = path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const wrong = (why: string) =>
    `the card process ${why} (FONTCONFIG_FILE=${path ?? ''}): cards would be set in the machine's fonts`;
  if (config === undefined) return wrong('has no fontconfig file of its own');
  const bundled = new Set(fontDirs(PROJECT_ROOT));
  const folders = namedFolders(config);
  if (
    folders.length === 0 ||
    folders.some((dir) => !bundled.has(dir)) ||
    /<(?:include|alias|match)\b/.test(config)
  ) {
    return wrong('is given fonts other than the bundled ones');
  }
  const [first, ...others] = await Promise.all(
    ['Dateline No Such Family', 'monospace', 'serif', 'sans-serif'].map(probe),
  );
  if (others.some((other) => !other.equals(first!)))
    return wrong('sees fonts other than the bundled ones');
  return undefined;
}

/** The project this worker belongs to: its fonts are resolved from there. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The font check, made once, before the first card is written. */
let fontsChecked: Promise<string | undefined> | undefined;

/**
 * Draws a card into `out`, aside first and then renamed, so a half-written card is never read;
 * nothing is written unless the process draws with the bundled fonts alone.
 */
async function drawInto(job: CardJob): Promise<void> {
  const wrong = await (fontsChecked ??= bundledFontsOnly());
  if (wrong) throw new Error(wrong);
  await writeFileAtomic(job.out, await drawCard(job.spec));
}

if (process.send) {
  // Every card is drawn once: libvips' cache of recent operations would only hold memory.
  sharp.cache(false);
  // Two at once: one card's text is set while the other's PNG is encoded.
  const limit = pLimit(2);
  process.on('message', (job: CardJob) => {
    void limit(() => drawInto(job)).then(
      () => process.send!({ id: job.id } satisfies CardDone),
      (error: unknown) =>
        process.send!({
          id: job.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies CardDone),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
