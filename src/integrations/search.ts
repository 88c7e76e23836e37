import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { readBody } from '../content/bodyStore.ts';
import { readPublishedIndex } from '../content/publishedIndex.ts';
import type { CachePaths } from '../lib/cachePaths.ts';
import { digestOf } from '../lib/digest.ts';
import { mapLimited } from '../lib/limit.ts';
import { searchDocument, searchUrl } from '../lib/searchDocument.ts';

/** What the search index is built from. */
export interface SearchOptions {
  lang: string;
  base: string;
  cache: CachePaths;
}

/** Articles whose bodies are read at once while indexing. */
const BATCH = 256;

/** Marks a cached index as completely written. */
const COMPLETE = '.complete';

/**
 * Builds the Pagefind search index into `dist/pagefind/` after every build, from the published
 * articles' records and bodies (no built page is read back). An index is kept in the cache under
 * the digest of everything it was made from (each article's URL, title and body, the language,
 * the base and the lockfile that pins Pagefind), so a build whose articles did not change copies
 * it instead of indexing again.
 */
export function pagefindSearch(options: SearchOptions): AstroIntegration {
  let root = '';
  return {
    name: 'dateline-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const output = join(fileURLToPath(dir), 'pagefind');
        const entries = await readPublishedIndex(options.cache.published);
        const lockfile = await readFile(join(root, 'package-lock.json'), 'utf8').catch(() => '');
        const key = digestOf(
          lockfile,
          options.lang,
          options.base,
          entries.map((entry) => [entry.url, entry.title, entry.body]),
        ).slice(0, 40);
        const cached = join(options.cache.search, key);
        // The index in the output folder is the last build's (see incrementalOutput.ts): when
        // that build indexed the same articles, it stays as it is.
        const record = join(options.cache.search, 'last.json');
        const current = JSON.stringify({ output, key });
        const inPlace =
          existsSync(join(output, 'pagefind-entry.json')) &&
          (await readFile(record, 'utf8').catch(() => '')) === current;
        let how = 'unchanged, kept';
        if (!inPlace && existsSync(join(cached, COMPLETE))) {
          await rm(output, { recursive: true, force: true });
          await cp(cached, output, { recursive: true, filter: (from) => !from.endsWith(COMPLETE) });
          how = 'unchanged, copied from the cache';
        } else if (!inPlace) {
          await buildIndex(entries, output, options);
          // Only the newest index is kept: older ones would never be asked for again.
          await rm(options.cache.search, { recursive: true, force: true });
          await mkdir(options.cache.search, { recursive: true });
          await cp(output, cached, { recursive: true });
          await writeFile(join(cached, COMPLETE), '');
          how = 'indexed';
        }
        await writeFile(record, current);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`search index: ${entries.length} articles in ${seconds} s (${how})`);
      },
    },
  };
}

/** Indexes every published article with Pagefind and writes the bundle to `output`. */
async function buildIndex(
  entries: Awaited<ReturnType<typeof readPublishedIndex>>,
  output: string,
  options: SearchOptions,
): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: options.lang });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  try {
    const problems: string[] = [];
    // Bodies are read a batch at a time, but pages are added one by one in a fixed order, so the
    // same articles always give the same index, byte for byte.
    for (let start = 0; start < entries.length; start += BATCH) {
      const batch = entries.slice(start, start + BATCH);
      const bodies = await mapLimited(batch, (entry) => readBody(options.cache.bodies, entry.body));
      for (const [i, entry] of batch.entries()) {
        const added = await index.addHTMLFile({
          url: searchUrl(entry.url, options.base),
          content: searchDocument({ title: entry.title, html: bodies[i]!.html }, options.lang),
        });
        problems.push(...added.errors);
      }
    }
    await rm(output, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: output });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(`search index: ${problems.join('; ')}`);
  } finally {
    await close();
  }
}
