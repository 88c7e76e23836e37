import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readPublishedIndex } from '../build/publishedIndex.ts';
import { cardDrawer } from '../build/cardDrawer.ts';
import { cardDrawing } from '../build/caches.ts';
import type { CachePaths } from '../build/caches.ts';
import { mapLimited } from '../lib/limit.ts';
import { countOf } from '../lib/plural.ts';
import { type CardSpec, drawnCardFor } from '../lib/drawnCard.ts';
import { CARDS_FOLDER } from '../lib/urls.ts';
import { editionAt, settings } from '../settings.ts';

/** The cards a build publishes, and what drawing the missing ones cost. */
interface Drawn {
  names: string[];
  drawn: number;
  seconds: number;
}

/**
 * Puts the drawn link-preview card of every published story without a picture into the output's
 * `cards/` folder. It works as the search index does: from the published index the loader wrote,
 * starting when the build starts, so the drawing (in a process of its own, see
 * src/build/cardDrawer.ts) runs while Astro renders the pages, and only copying the files
 * waits for the pages. The pages name the same files, through the same drawnCardFor().
 * A card in the output whose name is unchanged is left where it is; one no story names goes.
 */
export function socialCards(options: { cache: CachePaths }): AstroIntegration {
  let root = '';
  let drawing: Promise<Drawn> | undefined;
  return {
    name: 'dateline-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        drawing = drawCards(root, options.cache);
        drawing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { names, drawn, seconds } = await (drawing ?? drawCards(root, options.cache));
        const output = join(fileURLToPath(dir), CARDS_FOLDER);
        await mkdir(output, { recursive: true });
        const present = new Set(await readdir(output));
        const files = new Set(names.map((name) => `${name}.png`));
        await mapLimited(
          [...files].filter((file) => !present.has(file)),
          (file) => copyFile(join(options.cache.cards, file), join(output, file)),
        );
        await mapLimited(
          [...present].filter((file) => !files.has(file)),
          (file) => rm(join(output, file), { force: true }),
        );
        if (files.size === 0) await rm(output, { recursive: true, force: true });
        logger.info(
          `social cards: ${drawn} drawn in ${seconds.toFixed(1)} s, beside the pages (${countOf(files.size, 'card')} in all)`,
        );
      },
    },
  };
}

/** Draws the cards the cache lacks and prunes those no story names any longer. */
async function drawCards(root: string, cache: CachePaths): Promise<Drawn> {
  const started = performance.now();
  const [index, stamp] = await Promise.all([
    readPublishedIndex(cache.published),
    cardDrawing(root),
  ]);
  const cards: { name: string; spec: CardSpec }[] = index.stories
    .filter((entry) => entry.preview === 'drawn')
    .map((entry) => drawnCardFor(entry, editionAt(entry.edition), settings, stamp));
  const drawer = cardDrawer({ root, dir: cache.cards });
  const drawn = await drawer.drawAll(cards);
  const names = cards.map((card) => card.name);
  await drawer.prune(new Set(names));
  return { names, drawn, seconds: (performance.now() - started) / 1000 };
}
