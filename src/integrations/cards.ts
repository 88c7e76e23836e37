import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkInto } from '../build/linkInto.ts';
import { publicNames } from '../build/publicFiles.ts';
import { readPublishedIndex } from '../build/publishedIndex.ts';
import { cardDrawer } from '../build/cardDrawer.ts';
import { cardDrawing } from '../build/caches.ts';
import type { CachePaths } from '../build/caches.ts';
import { countOf } from '../lib/plural.ts';
import { type CardSpec, storyCardFor } from '../lib/drawnCard.ts';
import { CARDS_FOLDER } from '../lib/urls.ts';
import { buildNow, editionAt, settings } from '../settings.ts';

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
 * waits for the pages. The pages name the same files, through the same storyCardFor().
 * A card in the output whose name is unchanged is left where it is, a new one is hard-linked from
 * the cache (one copy for both), and one no story names goes.
 */
export function socialCards(options: { cache: CachePaths }): AstroIntegration {
  let root = '';
  let publicDir = '';
  let drawing: Promise<Drawn> | undefined;
  return {
    name: 'dateline-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        drawing = drawCards(root, options.cache);
        drawing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { names, drawn, seconds } = await (drawing ?? drawCards(root, options.cache));
        const output = join(fileURLToPath(dir), CARDS_FOLDER);
        const files = new Set(names.map((name) => `${name}.png`));
        await linkInto(options.cache.cards, output, files, publicNames(publicDir, CARDS_FOLDER));
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
  // The site's card stands for every story past its own card's days: drawn once.
  const cards: { name: string; spec: CardSpec }[] = [
    ...new Map(
      index.stories
        .filter((entry) => entry.preview === 'drawn')
        .map((entry) =>
          storyCardFor(entry, editionAt(entry.edition), editionAt(''), settings, stamp, buildNow),
        )
        .map((card) => [card.name, card]),
    ).values(),
  ];
  const drawer = cardDrawer({ root, dir: cache.cards });
  const drawn = await drawer.drawAll(cards);
  const names = cards.map((card) => card.name);
  await drawer.prune(new Set(names));
  return { names, drawn, seconds: (performance.now() - started) / 1000 };
}
