/**
 * Drawn link-preview cards, kept by what they show. A card's file name carries the digest of
 * its text and of how cards are drawn (the drawing code, the fonts' packages, sharp's libraries),
 * so a card in the cache is reused by name and never redrawn while nothing it shows changed.
 * Drawing happens in a child process (cardWorker.ts), beside the pages Astro renders; the
 * integration in src/integrations/cards.ts starts it and copies the cards into the output.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimited } from '../lib/limit.ts';
import { countOf } from '../lib/plural.ts';
import type { CardSpec } from '../lib/drawnCard.ts';
import { fontsConfig } from '../lib/drawnCardLayout.ts';
import { fontDirs } from './cardFonts.ts';
import type { CardDone, CardJob } from './cardWorker.ts';
import { writeFileAtomic } from './atomicWrite.ts';

/** Cards sent to the card process ahead of those it is drawing (it draws two at once). */
const CARDS_AHEAD = 8;

/** Draws cards into a cache folder, each once. */
export interface CardDrawer {
  /** The card `name`'s file, drawn first if the cache does not hold it. */
  file: (name: string, spec: CardSpec) => Promise<string>;
  /**
   * Draws every card the cache does not hold; says how many it drew, or fails naming the cards
   * it could not draw (after the first failure, the rest are not tried: it says how many).
   */
  drawAll: (cards: Iterable<{ name: string; spec: CardSpec }>) => Promise<number>;
  /** Deletes the cached cards not named in `keep` (a retitled story's old card); says how many. */
  prune: (keep: ReadonlySet<string>) => Promise<number>;
  /** How many card processes this drawer has started. */
  starts: () => number;
}

/** A running card process and the jobs it has not answered yet. */
interface Drawing {
  worker: ChildProcess;
  jobs: Map<number, { resolve: () => void; reject: (error: Error) => void }>;
}

/** Options of a drawer: where the project and the cache are, and which fonts it may use. */
export interface DrawerOptions {
  root: string;
  /** The folder the cards are kept in. */
  dir: string;
  /** The fonts' folders: every one by default (tests leave some out). */
  fonts?: readonly string[] | undefined;
}

/** A drawer that keeps cards in `dir`, each named `<name>.png`. */
export function cardDrawer({ root, dir, fonts }: DrawerOptions): CardDrawer {
  /** The cards asked for in this process, drawn or being drawn. */
  const asked = new Map<string, Promise<string>>();
  let current: Drawing | undefined;
  let starting: Promise<Drawing> | undefined;
  let next = 0;
  let started = 0;
  /**
   * Runs of drawAll under way. While one is, the process stays between jobs: the build's main
   * thread, busy rendering pages, often sends the next card only after the process has drawn
   * every card it had, and a process let go then was started again (fonts checked, sharp
   * loaded) some twenty times a 10,000-card build.
   */
  let holding = 0;

  const start = async (): Promise<Drawing> => {
    const config = join(dir, 'fonts.conf');
    await writeFileAtomic(config, fontsConfig(fonts ?? fontDirs(root), join(dir, '.fontconfig')));
    const worker = fork(join(root, 'src/build/cardWorker.ts'), [], {
      env: { ...process.env, FONTCONFIG_FILE: config },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const drawing: Drawing = { worker, jobs: new Map() };
    started++;
    worker.on('message', (done: CardDone) => {
      const job = drawing.jobs.get(done.id);
      drawing.jobs.delete(done.id);
      if (done.error) job?.reject(new Error(`drawing a social card failed: ${done.error}`));
      else job?.resolve();
      // Nothing left to draw: let the process go, so the build can end.
      if (drawing.jobs.size === 0 && holding === 0) retire(drawing);
    });
    worker.on('exit', (code) => {
      retire(drawing);
      for (const job of drawing.jobs.values()) {
        job.reject(new Error(`the social card process stopped (exit code ${code})`));
      }
      drawing.jobs.clear();
    });
    current = drawing;
    return drawing;
  };

  const retire = (drawing: Drawing) => {
    if (current !== drawing) return;
    current = undefined;
    starting = undefined;
    if (drawing.worker.connected) drawing.worker.disconnect();
  };

  const draw = async (name: string, spec: CardSpec): Promise<string> => {
    const out = join(dir, `${name}.png`);
    if (existsSync(out)) return out;
    const { worker, jobs } = current ?? (await (starting ??= start()));
    const id = next++;
    await new Promise<void>((resolve, reject) => {
      jobs.set(id, { resolve, reject });
      worker.send({ id, spec, out } satisfies CardJob);
    });
    return out;
  };

  const file = (name: string, spec: CardSpec): Promise<string> => {
    let known = asked.get(name);
    if (!known) {
      // Kept while it is drawn: a card asked for again meanwhile waits for the same drawing;
      // once drawn, the file itself answers (a pruned card is drawn again).
      known = draw(name, spec).finally(() => asked.delete(name));
      asked.set(name, known);
    }
    return known;
  };

  return {
    file,
    starts: () => started,
    prune: async (keep) => {
      const files = await readdir(dir).catch(() => []);
      const stale = files.filter(
        (file) =>
          file.endsWith('.png') && !keep.has(file.slice(0, -4)) && !asked.has(file.slice(0, -4)),
      );
      await mapLimited(stale, (file) => rm(join(dir, file), { force: true }));
      return stale.length;
    },
    drawAll: async (cards) => {
      const missing = [...cards].filter(({ name }) => !existsSync(join(dir, `${name}.png`)));
      // A few cards sent ahead of the drawing, not all: every job queued at once is held by both
      // processes until drawn. After a failure the rest are not tried (a process that cannot
      // draw would otherwise be started again for every few cards).
      let failing = false;
      holding++;
      const errors = await mapLimited(
        missing,
        async ({ name, spec }) => {
          if (failing) return 'not tried';
          try {
            await file(name, spec);
            return undefined;
          } catch (error) {
            failing = true;
            return String(error);
          }
        },
        CARDS_AHEAD,
      ).finally(() => {
        holding--;
        if (current && current.jobs.size === 0 && holding === 0) retire(current);
      });
      const failed = errors.flatMap((error, k) =>
        error === undefined || error === 'not tried' ? [] : [`${missing[k]!.name}: ${error}`],
      );
      const untried = errors.filter((error) => error === 'not tried').length;
      if (untried > 0) failed.push(`(${countOf(untried, 'more card')} not tried after that)`);
      if (failed.length > 0) throw new Error(`social cards not drawn:\n${failed.join('\n')}`);
      return missing.length;
    },
  };
}
