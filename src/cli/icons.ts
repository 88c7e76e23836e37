/**
 * Draws the site's icons from its mark, `public/favicon.svg`: the pages link PNGs (see
 * Base.astro), because a browser renders an SVG icon as a document of its own on the page's main
 * thread, and iOS reads only PNGs. Run after changing the mark: `npm run icons`.
 */
import sharp, { type Sharp } from 'sharp';

/** Each icon: its file in `public/`, its width and height, and whether it fills its square. */
export const ICONS = [
  // A tab's icon keeps the mark's rounded corners.
  { file: 'favicon.png', size: 48, opaque: false },
  // iOS rounds a home-screen icon itself and fills what is transparent with black: the mark's
  // red fills the corners.
  { file: 'apple-touch-icon.png', size: 180, opaque: true },
] as const;

/** The colour of the mark's top edge at its middle: its background, read from the mark itself. */
async function background(mark: Sharp): Promise<{ r: number; g: number; b: number }> {
  const { data, info } = await mark.clone().raw().toBuffer({ resolveWithObject: true });
  const at = Math.floor(info.width / 2) * info.channels;
  return { r: data[at]!, g: data[at + 1]!, b: data[at + 2]! };
}

/** Draws each icon into `dir` from `dir/favicon.svg`. */
export async function drawIcons(dir: string): Promise<void> {
  for (const { file, size, opaque } of ICONS) {
    // The mark is drawn on a 32-unit grid: rasterised at the icon's size, not scaled up from 32.
    const mark = sharp(`${dir}/favicon.svg`, { density: (72 * size) / 32 }).resize(size, size);
    const image = opaque ? mark.clone().flatten({ background: await background(mark) }) : mark;
    await image.png({ compressionLevel: 9, palette: true }).toFile(`${dir}/${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await drawIcons('public');
    console.log(`icons: ${ICONS.map(({ file }) => `public/${file}`).join(', ')}`);
  } catch (error) {
    console.error(
      `icons: public/favicon.svg could not be drawn (${(error as Error).message}); it should be an SVG image, the site's mark.`,
    );
    process.exitCode = 1;
  }
}
