/**
 * `npm run bench -- [--n 1000] [--json] [--skip-dev] [--nofile 1024] [--site-wide-tag] [--photos]
 * [--card-days N]`: builds the real site from a
 * deterministic synthetic corpus and reports a clean build, warm builds (no change, one article
 * edited, one article published), peak memory, output size, page weight, `check:content` time
 * and the dev server's reload latency. Every build runs under an open-file limit (`--nofile`,
 * 1,024 by default), as on many machines. `--site-wide-tag` gives every article one more tag,
 * `News`, the worst case for related stories. `--photos` draws a lead photo beside every
 * article, and reports what making their sizes costs, cold and warm. `--card-days N` builds with
 * the `drawnCardDays: N` setting. Not part of `npm test`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './corpus.ts';
import { treeRss } from './processTree.ts';
import { countOf } from '../lib/plural.ts';
import { SETTINGS_FILE } from '../content/siteSchema.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
    'skip-dev': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    nofile: { type: 'string', default: '1024' },
    'site-wide-tag': { type: 'boolean', default: false },
    photos: { type: 'boolean', default: false },
    'card-days': { type: 'string' },
  },
});
const count = Number(values.n);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--n must be a whole number ≥ 1, got ${values.n}`);
const cardDays = values['card-days'] === undefined ? undefined : Number(values['card-days']);
if (cardDays !== undefined && (!Number.isInteger(cardDays) || cardDays < 0))
  throw new Error(`--card-days must be a whole number ≥ 0, got ${values['card-days']}`);
const nofile = Number(values.nofile);
// Node, Vite and Pagefind need a few dozen files of their own before Dateline opens any.
if (!Number.isInteger(nofile) || nofile < 256)
  throw new Error(`--nofile must be a whole number ≥ 256, got ${values.nofile}`);

/** The step the last progress line named, so a log gets one line a step. */
let lastStep = '';

/**
 * Writes the progress line: on a terminal over itself, as often as it changes; into a log (no
 * terminal) once a step, when `step` changes, not four lines a second: then the step's name alone,
 * as its running figures would be those of its first moment.
 */
function progress(text: string, step: string = text): void {
  if (values.json) return;
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K[bench] ${text}`);
  else if (step !== lastStep) process.stderr.write(`[bench] ${step}\n`);
  lastStep = step;
}

/** Runs a command, sampling its process tree's memory, with a progress line; returns its log. */
async function measure(label: string, command: string[], env: Record<string, string>) {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  let peak = 0;
  let largest = 0;
  let running = true;
  const timer = setInterval(async () => {
    const sample = await treeRss(child.pid!);
    // A sample that was taken as the command ended would write its line after the next step's.
    if (!running) return;
    peak = Math.max(peak, sample.total);
    largest = Math.max(largest, sample.largest);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    progress(`${label}: ${seconds} s, peak ${(peak / 2 ** 20).toFixed(0)} MiB`, label);
  }, 250);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  running = false;
  const seconds = (performance.now() - started) / 1000;
  // A log gets the step's figures once it is over (a terminal's line already shows them).
  if (!process.stderr.isTTY && !values.json)
    process.stderr.write(
      `[bench] ${label}: ${seconds.toFixed(0)} s, peak ${(peak / 2 ** 20).toFixed(0)} MiB\n`,
    );
  if (status !== 0) throw new Error(`${label} failed (exit ${status}):\n${log.slice(-4000)}`);
  return { seconds, peakBytes: peak, largestBytes: largest, log };
}

/** `astro build` under the bench's open-file limit (a soft limit may always be lowered). */
const BUILD = ['bash', '-c', `ulimit -n ${nofile} && exec npx astro build`];

/** A build's figures: wall time, memory, and the phases its own log times. */
async function build(label: string, env: Record<string, string>) {
  const run = await measure(label, BUILD, env);
  const stamp = (pattern: RegExp) => {
    const match = pattern.exec(run.log);
    if (!match) return NaN;
    const [h, m, sec] = match[1]!.split(':').map(Number) as [number, number, number];
    return h * 3600 + m * 60 + sec;
  };
  const sync =
    stamp(/^(\d\d:\d\d:\d\d) \[content\] Synced content/m) -
    stamp(/^(\d\d:\d\d:\d\d) \[content\] Syncing content/m);
  const pages = /generating static routes[\s\S]*?✓ Completed in ((?:\d+m )?[\d.]+m?s)/.exec(
    run.log,
  );
  const photos =
    /photos: ([\d,]+) made in ([\d.]+) s, beside the pages; ([\d,]+) files? in all \((\d+) added/.exec(
      run.log,
    );
  const cards = /social cards: ([\d,]+) drawn in ([\d.]+) s/.exec(run.log);
  const paths = (run.log.match(/[├└]─ \S+/g) ?? []).length;
  const reused = (run.log.match(/\((?:cached|restored)\)/g) ?? []).length;
  const search =
    /search index: [\d,]+ articles? in [\d,]+ bundles?, ([\d.]+) s after the pages \(([^)]+)\)/.exec(
      run.log,
    );
  return {
    wallSeconds: round(run.seconds),
    peakMemoryMiB: round(run.peakBytes / 2 ** 20),
    largestProcessMiB: round(run.largestBytes / 2 ** 20),
    phases: {
      contentSyncSeconds: sync,
      pageGenerationSeconds: pages ? astroSeconds(pages[1]!) : NaN,
      // Astro lists each file it generates, HTML pages and endpoints' files (feeds, sitemaps, the
      // CMS's scripts under /admin/), each rendered or reused from its page cache. Pages render
      // several at once, so a page's time or "(cached)" may follow another page's path in the
      // log: count paths, and the reused among them.
      pagesRendered: paths - reused,
      pagesReused: reused,
      photosSeconds: photos ? Number(photos[2]) : 0,
      photosMade: photos ? Number(photos[1]!.replace(/,/g, '')) : 0,
      photoFiles: photos ? Number(photos[3]!.replace(/,/g, '')) : 0,
      photosLinked: photos ? Number(photos[4]) : 0,
      cardsDrawn: cards ? Number(cards[1]!.replace(/,/g, '')) : 0,
      cardsSeconds: cards ? Number(cards[2]) : 0,
      searchAfterPagesSeconds: search ? Number(search[1]) : NaN,
      searchIndex: search?.[2] ?? 'unknown',
    },
  };
}

/** Every file below a folder with its size. */
async function files(dir: string): Promise<{ path: string; size: number; ino: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        const { size, ino } = await stat(path);
        return { path, size, ino };
      }),
  );
}

/** Bytes as MiB, one decimal. */
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** The middle value. */
const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Milliseconds from editing an article until the dev server serves the change. */
async function devReloadMs(content: string, cache: string, file: string): Promise<number> {
  const port = 4391;
  const server: ChildProcess = spawn(
    'npx',
    ['astro', 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        DATELINE_CONTENT: content,
        DATELINE_CACHE_DIR: cache,
      },
      detached: true,
    },
  );
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  try {
    const deadline = Date.now() + 300_000;
    while (!log.includes('watching for file changes')) {
      if (Date.now() > deadline) throw new Error(`dev server did not start:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const url = `http://127.0.0.1:${port}/articles/story-00000/`;
    await fetch(url).then((r) => r.text());
    const marker = `Bench marker ${Date.now()}`;
    const started = performance.now();
    await appendFile(file, `\n${marker}\n`);
    for (;;) {
      if ((await fetch(url).then((r) => r.text())).includes(marker)) break;
      if (performance.now() - started > 60_000) throw new Error('the edit never showed up');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.now() - started;
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

const work = await mkdtemp(join(tmpdir(), 'dateline-bench-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const cache = join(work, 'cache');
const env: Record<string, string> = {
  DATELINE_CONTENT: content,
  DATELINE_OUT_DIR: out,
  DATELINE_CACHE_DIR: cache,
  DATELINE_NOW: '2025-01-01',
};
if (cardDays !== undefined) {
  // The site's settings, with its stories' own cards kept for these days only.
  env.DATELINE_SETTINGS = join(work, 'site.yaml');
  const settingsText = (await readFile(join(root, SETTINGS_FILE), 'utf8')).replace(
    /^drawnCardDays:.*\n?/m,
    '',
  );
  await writeFile(env.DATELINE_SETTINGS, `${settingsText}\ndrawnCardDays: ${cardDays}\n`);
}

try {
  progress(`writing ${countOf(count, 'article')}`);
  await generateCorpus(content, count, 42, {
    siteWideTag: values['site-wide-tag'] ? 'News' : undefined,
    photos: values.photos,
  });

  const clean = await build('clean build', env);
  const unchanged = await build('no change, warm', env);
  const edited = join(content, '000', 'story-00000.md');
  await appendFile(edited, '\nAn edited paragraph, so one article changes.\n');
  const edit = await build('one article edited, warm', env);
  // A breaking story: dated the build's "today", so it leads the index, its topics and the feeds.
  await writeFile(join(content, 'breaking.md'), breakingStory());
  const publish = await build('one article published, warm', env);

  const check = await measure('check:content', ['node', 'src/cli/check-content.ts'], env);

  progress('measuring dist/');
  const built = await files(out);
  // What a deploy keeps between builds: the cache, whose made photos and cards are the same
  // files (hard links) as those in dist/, so counted once on disk.
  const kept = await files(cache);
  const inDist = new Set(built.map((f) => f.ino));
  const articlePages = built.filter((f) => /\/articles\/[^/]+\/index\.html$/.test(f.path));
  const raw: number[] = [];
  const gzip: number[] = [];
  const js: number[] = [];
  for (const page of articlePages) {
    const html = await readFile(page.path);
    raw.push(html.length);
    gzip.push(gzipSync(html, { level: 9 }).length);
    // Runnable scripts: inline ones and the files they load (JSON-LD is data, not script).
    let scriptBytes = 0;
    for (const match of html.toString('utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(match[1]!)) continue;
      const src = /src="([^"]+)"/.exec(match[1]!)?.[1];
      scriptBytes += src
        ? (await stat(join(out, src)).catch(() => ({ size: 0 }))).size
        : match[2]!.length;
    }
    js.push(scriptBytes);
  }

  const devMs = values['skip-dev']
    ? undefined
    : (progress('dev server reload'), await devReloadMs(content, cache, edited));

  const result = {
    articles: count,
    openFileLimit: nofile,
    drawnCardDays: cardDays ?? null,
    cleanBuild: { ...clean, articlesPerSecond: round(count / clean.wallSeconds) },
    warm: { noChange: unchanged, editOne: edit, publishOne: publish },
    checkContent: { wallSeconds: round(check.seconds) },
    devReloadMs: devMs === undefined ? null : Math.round(devMs),
    dist: { files: built.length, bytes: built.reduce((sum, f) => sum + f.size, 0) },
    cache: {
      files: kept.length,
      bytes: kept.reduce((sum, f) => sum + f.size, 0),
      sharedWithDistBytes: kept.filter((f) => inDist.has(f.ino)).reduce((s, f) => s + f.size, 0),
    },
    articlePage: {
      pages: articlePages.length,
      medianBytes: median(raw),
      medianGzipBytes: median(gzip),
      maxJavaScriptBytes: Math.max(0, ...js),
    },
  };
  progress('done\n');
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const line = (label: string, b: Awaited<ReturnType<typeof build>>) =>
      [
        `${label.padEnd(30)}${b.wallSeconds} s wall; largest process ${b.largestProcessMiB} MiB, tree ${b.peakMemoryMiB} MiB`,
        `${''.padEnd(32)}content sync ${b.phases.contentSyncSeconds} s, pages ${b.phases.pageGenerationSeconds} s (pages and endpoints' files: ${b.phases.pagesRendered} rendered, ${b.phases.pagesReused} reused), search ${b.phases.searchAfterPagesSeconds} s after the pages (${b.phases.searchIndex})`,
        `${''.padEnd(32)}social cards: ${b.phases.cardsDrawn} drawn, in ${b.phases.cardsSeconds} s beside the pages`,
        ...(values.photos
          ? [
              `${''.padEnd(32)}photos: ${b.phases.photosMade} made in ${b.phases.photosSeconds} s beside the pages; ${b.phases.photoFiles} files, ${b.phases.photosLinked} newly linked into dist/`,
            ]
          : []),
      ].join('\n');
    console.log(
      [
        `articles                      ${result.articles} (open-file limit ${result.openFileLimit}${cardDays === undefined ? '' : `; drawnCardDays: ${cardDays}`})`,
        line('clean build', result.cleanBuild),
        line('warm, no change', result.warm.noChange),
        line('warm, one article edited', result.warm.editOne),
        line('warm, one article published', result.warm.publishOne),
        `check:content                 ${result.checkContent.wallSeconds} s`,
        `dev server shows an edit in   ${result.devReloadMs === null ? 'not measured (--skip-dev)' : `${result.devReloadMs} ms`}`,
        `dist/                         ${countOf(result.dist.files, 'file')}, ${(result.dist.bytes / 2 ** 20).toFixed(1)} MiB`,
        `cache                         ${countOf(result.cache.files, 'file')}, ${mib(result.cache.bytes)} MiB, of which ${mib(result.cache.sharedWithDistBytes)} MiB are the same files as in dist/ (hard links): ${mib(result.dist.bytes + result.cache.bytes - result.cache.sharedWithDistBytes)} MiB on disk for both`,
        `article page (median)         ${result.articlePage.medianBytes} B raw, ${result.articlePage.medianGzipBytes} B gzip (CSS inlined), ${result.articlePage.maxJavaScriptBytes} B JavaScript`,
      ].join('\n'),
    );
  }
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else console.error(`kept ${work}`);
}

/** Seconds from an Astro duration: `850ms`, `12.34s` or `1m 5s`. */
function astroSeconds(text: string): number {
  const match = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text);
  if (!match) return NaN;
  const [, minutes = '0', amount, unit] = match;
  return round(Number(minutes) * 60 + Number(amount) / (unit === 'ms' ? 1000 : 1));
}

/** Two decimals. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A new article dated the bench's "now", tagged like the corpus. */
function breakingStory(): string {
  return [
    '---',
    'title: "Breaking: harbour bridge closed after storm damage"',
    `date: ${env.DATELINE_NOW}`,
    'summary: "The harbour bridge is closed while engineers inspect storm damage."',
    'author: Ben Okafor',
    'tags: [Weather, Transport]',
    '---',
    '',
    'The harbour bridge was closed on Wednesday after the storm damaged two of its supports.',
    '',
    'Engineers will inspect the structure before it reopens.',
    '',
  ].join('\n');
}
