/**
 * What an editor needs from `astro build`'s log: its page lines folded away (one a page, hundreds
 * on a news site), and a closing summary of what was published, what is held back until when,
 * how many warnings there are and where the site was written.
 */
import { countOf } from './plural.ts';

/** What the summary is made of, gathered line by line (see readBuildLine). */
export interface BuildFacts {
  /** The content sync's status: "10 published, 1 draft, 1 scheduled (first release: …)". */
  status?: string | undefined;
  /** The "held back until …: file" lines. */
  heldBack: string[];
  /** Warning lines, the content's count line aside. */
  warnings: number;
  /** How many pages were built. */
  pages?: number | undefined;
}

/** Facts with nothing read yet. */
export function emptyFacts(): BuildFacts {
  return { heldBack: [], warnings: 0 };
}

/** The line with its terminal colours taken out. */
export function plainLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * Whether a log line is Astro's per-page output: `├─ /topics/x/index.html (+3ms)` (several run
 * together when pages render at once), or the timing of one left on a line of its own.
 */
export function isPageLine(line: string): boolean {
  const plain = plainLine(line);
  return /[├└]─ /.test(plain) || /^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/.test(plain);
}

/** Notes what one log line tells of the build. */
export function readBuildLine(facts: BuildFacts, line: string): void {
  const plain = plainLine(line);
  const status = /\[dateline-articles\] (\d+ published, .*)$/.exec(plain);
  if (status) facts.status = status[1];
  const held = /\[dateline-articles\] (held back until .*)$/.exec(plain);
  if (held) facts.heldBack.push(held[1]!);
  if (/\[WARN\]/.test(plain) && !/\d+ warnings?: check before publishing/.test(plain)) {
    facts.warnings += 1;
  }
  const pages = /\[build\] (\d+) page\(s\) built/.exec(plain);
  if (pages) facts.pages = Number(pages[1]);
}

/** How many held-back stories the summary lists by name before pointing to `npm run scheduled`. */
const HELD_BACK_SHOWN = 5;

/**
 * The closing lines: what was published and is held back, the warnings, and where the site is:
 * `uploadRoot`, the folder a deployer uploads, as the editor would type it. A failed build
 * published nothing.
 */
export function editorSummary(facts: BuildFacts, ok: boolean, uploadRoot: string): string[] {
  if (!ok) {
    return [
      'The build failed: nothing was published (fix what is above; npm run check:content checks without building).',
    ];
  }
  const lines = [`Stories: ${facts.status ?? 'see above'}.`];
  const held = facts.heldBack;
  for (const line of held.slice(0, HELD_BACK_SHOWN)) lines.push(`  ${line}`);
  if (held.length > HELD_BACK_SHOWN) {
    const more = held.length - HELD_BACK_SHOWN;
    lines.push(`  and ${more} more held back (npm run scheduled lists them all)`);
  }
  lines.push(
    facts.warnings === 0
      ? 'No warnings.'
      : `${countOf(facts.warnings, 'warning')}: check before publishing (each is above, marked [WARN]).`,
  );
  const pages = facts.pages === undefined ? '' : `, ${countOf(facts.pages, 'page')}`;
  lines.push(
    `The site is in ${uploadRoot}${pages}: upload that folder (npm run preview serves it here; npm run build -- --pages lists every page).`,
  );
  return lines;
}
