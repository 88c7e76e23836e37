/**
 * Which code a cache depends on, derived from imports: the module that makes an output and every
 * module of the project it imports, followed from file to file. A cache keyed on this digest is
 * dropped when any of that code changes, and only then: a change to a page's words does not
 * re-render the bodies, and a new helper the maker imports is covered without anyone listing it.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { digestOf } from '../lib/digest.ts';
import { packageOf } from '../content/cacheFiles.ts';

/** The project modules an entry module reaches through its imports, and the packages they name. */
export interface ImportGraph {
  /** Paths relative to `root`, sorted, the entry included. */
  modules: string[];
  /** Bare package names the modules import (`unified`, `@date-fns/tz`), sorted. */
  packages: string[];
}

/** Every `import … from '…'`, `export … from '…'`, `import('…')` and `new URL('…', import.meta.url)` specifier of a source. */
export function importSpecifiers(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bnew URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const [, specifier] of source.matchAll(pattern)) found.add(specifier!);
  }
  return [...found];
}

/** Walks the relative imports of `entries` (paths from `root`) to every project module they reach. */
export async function importGraph(root: string, entries: readonly string[]): Promise<ImportGraph> {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => resolve(root, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const name = relative(root, file).split(sep).join('/');
    if (modules.has(name)) continue;
    modules.add(name);
    const source = await readFile(file, 'utf8');
    for (const specifier of importSpecifiers(source)) {
      if (specifier.startsWith('.')) {
        // Only code: a stylesheet or a JSON file a module reads is data, keyed where it is read.
        if (/\.(?:ts|mts|js|mjs)$/.test(specifier)) queue.push(resolve(dirname(file), specifier));
        continue;
      }
      const pkg = packageOf(specifier);
      if (pkg) packages.add(pkg);
    }
  }
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}

/** A digest of the sources of every project module `entries` reach, with the graph it covers. */
export async function codeDigest(
  root: string,
  entries: readonly string[],
): Promise<{ digest: string; graph: ImportGraph }> {
  const graph = await importGraph(root, entries);
  const sources = await Promise.all(
    graph.modules.map((name) => readFile(resolve(root, name), 'utf8')),
  );
  return { digest: digestOf(graph.modules, sources), graph };
}
