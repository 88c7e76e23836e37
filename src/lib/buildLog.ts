/**
 * What an editor needs from `astro build`'s log: its page lines folded away (one a page, hundreds
 * on a news site), and a closing summary of what was published, what is held back until when,
 * how many warnings there are and where the site was written.
 */
import { countOf } from './plural.ts';
import { namesThisComputer } from './siteLinks.ts';

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

/** Where the build put the site and what it calls itself, for the summary's last lines. */
export interface BuiltSite {
  /** The folder a deployer uploads, as the editor would type it (`dist/`). */
  uploadRoot: string;
  /** The origin the site's feeds, sitemaps and share links name (`url`, or `SITE_URL`). */
  url: string;
  /** The path the site lives under (`/`, or `BASE_PATH`'s `/news/`). */
  base: string;
  /** The settings file `url` was read from, as the editor would type it. */
  settingsFile: string;
  /** Why the CMS at /admin/ cannot open, if it cannot (see src/cms/backend.ts). */
  cmsProblem?: string | undefined;
  /** The `DATELINE_OUT_DIR` the build wrote to, when it was given one: preview needs it too. */
  outDir?: string | undefined;
}

/** A value as a shell reads it back: quoted when it holds anything but a path's plain characters. */
const shellWord = (value: string) =>
  /^[\w./:@%+=,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;

/** How many held-back stories the summary lists by name before pointing to `npm run scheduled`. */
const HELD_BACK_SHOWN = 5;

/**
 * The closing lines: what was published and is held back, the warnings, where the site is, what
 * the CMS lacks to open if anything and, when its address is this computer's, that readers could
 * not follow its feeds and links. A failed build published nothing.
 */
export function editorSummary(facts: BuildFacts, ok: boolean, site: BuiltSite): string[] {
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
  // Preview reads the base and the folder as the build did: without them, it serves another.
  const preview = [
    ...(site.base === '/' ? [] : [`BASE_PATH=${site.base}`]),
    ...(site.outDir ? [`DATELINE_OUT_DIR=${shellWord(site.outDir)}`] : []),
    'npm run preview',
  ].join(' ');
  lines.push(
    `The site is in ${site.uploadRoot}${pages}: upload that folder (${preview} serves it here; npm run build -- --pages lists every page).`,
  );
  // A build for this computer alone (its address is this one's) is no deploy: it needs no CMS.
  if (site.cmsProblem && !namesThisComputer(site.url)) {
    lines.push(`The CMS at ${site.base}admin/ will not open: ${site.cmsProblem}.`);
  }
  if (namesThisComputer(site.url)) {
    lines.push(
      `Its address is ${site.url} (url: in ${site.settingsFile}): its feeds, sitemaps and share links lead to this computer, not to your site. Before uploading, set url: to the site's address, or build with SITE_URL=https://…`,
    );
  }
  return lines;
}
