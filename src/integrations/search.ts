import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { readBody } from '../build/bodyStore.ts';
import { linkTree } from '../build/linkInto.ts';
import { publicNames, pruneInsidePublic } from '../build/publicFiles.ts';
import { installedCodeDigest } from '../build/installedCode.ts';
import { countOf } from '../lib/plural.ts';
import { type PublishedEntry, readPublishedIndex } from '../build/publishedIndex.ts';
import { type CachePaths, makerCode, photoMaking } from '../build/caches.ts';
import { digestOf } from '../lib/digest.ts';
import { bundleOfMonth, searchBundles } from '../lib/searchBundles.ts';
import { type SearchSource, searchDocument, searchUrl } from '../lib/searchDocument.ts';
import { type DateStyle, formatDate, mustParseDate } from '../lib/dates.ts';
import { type PhotoInfo, madePath, smallestColumnSize } from '../lib/photoSizes.ts';
import { withPhotos } from '../lib/bodyPhotos.ts';
import { escapeAttribute } from '../lib/pictures.ts';
import type { StoredBody } from '../build/bodyStore.ts';

/** A body as search reads it: each photo an image with its alt text, which is searched too. */
function searchableHtml(body: StoredBody): string {
  return withPhotos(body, (photo) => `<img alt="${escapeAttribute(photo.alt)}">`);
}

/** What the search index is built from. */
export interface SearchOptions {
  lang: string;
  base: string;
  cache: CachePaths;
  /** The site's time zone, in which a result's date is told. */
  timeZone: string;
  /** How an edition writes dates (see editions.ts): a result's date is in its language. */
  dateStyle: (edition: string) => DateStyle;
}

/**
 * What a result shows besides its title, its date and its lead photo's smallest made size, and
 * what is searched besides its body: its byline and topics.
 */
function resultDetails(
  entry: PublishedEntry,
  photos: ReadonlyMap<string, PhotoInfo>,
  photoStamp: string,
  options: SearchOptions,
): Pick<SearchSource, 'date' | 'image' | 'byline' | 'topics'> {
  const date = formatDate(
    mustParseDate(entry.date),
    options.timeZone,
    options.dateStyle(entry.edition),
  ).text;
  const searched = { date, byline: entry.byline, topics: entry.topics };
  const photo = entry.leadPhoto === undefined ? undefined : photos.get(entry.leadPhoto);
  if (!photo) return searched;
  const smallest = smallestColumnSize(photo, photoStamp);
  const image = { url: madePath(smallest.name, options.base), alt: entry.leadAlt ?? '' };
  return { ...searched, image };
}

/** Articles whose bodies are read at once while indexing. */
const BATCH = 256;

/** Marks a cached bundle as completely written. */
const COMPLETE = '.complete';

/** What the search page loads from `pagefind/` itself; every bundle holds the same copy. */
const UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css'];

/** Files Pagefind writes into every bundle that the search page never loads from a bundle. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Which bundle the last build left in the output folder, by name, with its key. */
interface Record {
  output: string;
  bundles: { [name: string]: string };
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` after every build, from the published
 * articles' records and bodies (no built page is read back), as one bundle per year (a run of
 * months in a big year) that the search page merges (see searchBundles.ts). Each bundle has a
 * key: the digest of everything it is made from (its articles' URLs, titles, bodies, bylines,
 * topics, dates and thumbnails, the language, the base, this code and Pagefind's installed code). A bundle whose
 * key is unchanged stays in the output folder (or is copied from the cache when the folder was
 * emptied); only a changed bundle is indexed again.
 */
export function pagefindSearch(options: SearchOptions): AstroIntegration {
  let root = '';
  let publicDir = '';
  let prepared: Promise<Prepared> | undefined;
  return {
    name: 'dateline-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        // The loader has written the published index by now: index the changed years into the
        // cache while Astro renders pages (Pagefind works in a process of its own, on the other
        // core), and only copy them into the output when the pages are done.
        prepared = prepare(root, options);
        prepared.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { entries, names, keys, indexed } = await (prepared ?? prepare(root, options));
        const output = join(fileURLToPath(dir), 'pagefind');
        const others = publicNames(publicDir, 'pagefind');
        // A public file under a name of the index's would be replaced or removed by it.
        const taken = [...names, ...UI_FILES].filter((name) => others.has(name));
        if (taken.length > 0) {
          throw new Error(
            `public/pagefind/ holds ${taken.map((name) => `"${name}"`).join(', ')}, a name the search index writes there: move or rename it`,
          );
        }
        const recordFile = join(options.cache.search, 'last.json');
        const last = JSON.parse(
          await readFile(recordFile, 'utf8').catch(() => '{"output":"","bundles":{}}'),
        ) as Record;
        const next: Record = { output, bundles: keys };
        for (const name of names) {
          const target = join(output, name);
          // The output folder holds the last build's bundles (see incrementalOutput.ts).
          const inPlace =
            !indexed.includes(name) &&
            last.output === output &&
            last.bundles[name] === keys[name] &&
            existsSync(join(target, 'pagefind-entry.json'));
          if (inPlace) continue;
          await rm(target, { recursive: true, force: true });
          // One copy on disk for the cache and the output: Pagefind writes a bundle's files
          // anew into a fresh folder, never into one already made.
          await linkTree(join(options.cache.search, `${name}-${keys[name]}`), target, (file) =>
            file.endsWith(COMPLETE),
          );
        }
        await tidy(output, names, options.cache.search, next, others);
        await writeFile(recordFile, JSON.stringify(next));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        const how = indexed.length > 0 ? `indexed ${indexed.join(', ')}` : 'unchanged';
        logger.info(
          `search index: ${countOf(entries.length, 'article')} in ${countOf(names.length, 'bundle')}, ${seconds} s after the pages (${how})`,
        );
      },
    },
  };
}

/** The bundles a build needs, each ready in the cache. */
interface Prepared {
  entries: PublishedEntry[];
  /** Bundle names, newest first. */
  names: string[];
  /** Each bundle's key. */
  keys: { [name: string]: string };
  /** Bundles indexed by this build (the others were in the cache already). */
  indexed: string[];
}

/** Makes sure every bundle of this build's published articles is in the cache. */
async function prepare(root: string, options: SearchOptions): Promise<Prepared> {
  const published = await readPublishedIndex(options.cache.published);
  const entries = published.stories;
  const photos = new Map(published.photos.map((photo) => [photo.key, photo]));
  const photoStamp = await photoMaking(root);
  const details = new Map(
    entries.map((entry) => [entry, resultDetails(entry, photos, photoStamp, options)]),
  );
  // Pagefind's installed code: an upgraded, patched or half-installed Pagefind never leaves its
  // index behind; an upgrade of any other package re-indexes nothing.
  const pagefind = await installedCodeDigest(
    root,
    ['pagefind'],
    {},
    join(options.cache.installed, 'search.json'),
  );
  // The code that makes a bundle (this module and what it imports) is part of its key: a change
  // to what is indexed re-indexes.
  const code = (await makerCode(root, 'search')).digest;
  // One set of bundles per edition (language), each indexed with its language's stemming.
  const byEdition = Map.groupBy(entries, (entry) => entry.edition);
  const names: string[] = [];
  const byBundle = new Map<string, PublishedEntry[]>();
  for (const edition of [...new Set(['', ...byEdition.keys()])].sort()) {
    const stories = byEdition.get(edition) ?? [];
    const months = Map.groupBy(stories, (entry) => entry.month);
    const bundles = searchBundles(
      [...months].map(([month, list]) => [month, list.length] as const),
      edition,
    );
    const bundleOf = bundleOfMonth(bundles);
    names.push(...bundles.map((bundle) => bundle.name));
    for (const [name, list] of Map.groupBy(stories, (entry) => bundleOf.get(entry.month)!)) {
      byBundle.set(name, list);
    }
  }
  const langOf = new Map(
    names.map((name) => [name, byBundle.get(name)?.[0]?.edition || options.lang]),
  );
  const keys: { [name: string]: string } = {};
  const indexed: string[] = [];
  // The UI files come out of Pagefind with a bundle: without them, index one bundle anew.
  let needUi = !UI_FILES.every((file) => existsSync(join(options.cache.search, 'ui', file)));
  for (const name of names) {
    const bundle = byBundle.get(name) ?? [];
    const lang = langOf.get(name)!;
    keys[name] = digestOf(
      pagefind,
      code,
      lang,
      options.base,
      bundle.map((entry) => [entry.url, entry.title, entry.body, details.get(entry)]),
    ).slice(0, 32);
    const cached = join(options.cache.search, `${name}-${keys[name]}`);
    if (needUi || !existsSync(join(cached, COMPLETE))) {
      await buildBundle(bundle, details, cached, { ...options, lang });
      await writeFile(join(cached, COMPLETE), '');
      indexed.push(name);
      needUi = false;
    }
  }
  return { entries, names, keys, indexed };
}

/** Indexes one bundle's articles with Pagefind and writes it to `folder`, without the UI files. */
async function buildBundle(
  entries: readonly PublishedEntry[],
  details: ReadonlyMap<PublishedEntry, Pick<SearchSource, 'date' | 'image' | 'byline' | 'topics'>>,
  folder: string,
  options: SearchOptions,
): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: options.lang });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    const problems: string[] = [];
    // Pagefind's output depends on the order pages arrive in. Its process takes messages one at
    // a time, in the order they are sent: a batch's pages are sent newest first without waiting
    // for each reply, so the same articles always give the same bundle, byte for byte, and
    // Pagefind indexes one page while the next is being made.
    for (let start = 0; start < entries.length; start += BATCH) {
      const batch = entries.slice(start, start + BATCH);
      const bodies = batch.map((entry) => readBody(options.cache.bodies, entry.body));
      const added = await Promise.all(
        batch.map((entry, i) =>
          index.addHTMLFile({
            url: searchUrl(entry.url, options.base),
            content: searchDocument(
              { title: entry.title, html: searchableHtml(bodies[i]!), ...details.get(entry)! },
              options.lang,
            ),
          }),
        ),
      );
      problems.push(...added.flatMap((page) => page.errors));
    }
    await rm(folder, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: folder });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(`search index: ${problems.join('; ')}`);
    // The search page's UI is copied once to pagefind/ itself (see tidy).
    const ui = join(folder, '..', 'ui');
    await mkdir(ui, { recursive: true });
    for (const file of UI_FILES) await cp(join(folder, file), join(ui, file));
    for (const name of await readdir(folder)) {
      if (UNUSED.test(name)) await rm(join(folder, name));
    }
  } finally {
    await close();
  }
}

/**
 * Puts the UI files in `pagefind/`, removes bundles of years that no longer have articles from
 * the output (but what the public folder put there, `others`) and bundles no longer current
 * from the cache.
 */
async function tidy(
  output: string,
  names: string[],
  cacheDir: string,
  next: Record,
  others: ReadonlySet<string>,
) {
  await mkdir(output, { recursive: true });
  for (const file of UI_FILES) await cp(join(cacheDir, 'ui', file), join(output, file));
  const keep = new Set([...names, ...UI_FILES, ...others]);
  for (const name of await readdir(output)) {
    if (!keep.has(name)) await rm(join(output, name), { recursive: true, force: true });
  }
  await pruneInsidePublic(output, others);
  const current = new Set([
    'ui',
    'last.json',
    ...names.map((name) => `${name}-${next.bundles[name]}`),
  ]);
  for (const name of await readdir(cacheDir)) {
    if (!current.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}
