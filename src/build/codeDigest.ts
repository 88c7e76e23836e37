/**
 * Which code a cache depends on, derived from imports: the module that makes an output and every
 * module of the project it imports at run time, followed from file to file. A cache keyed on this
 * digest is dropped when that code changes, and only then: a change to a page's words does not
 * re-render the bodies, and a new helper the maker imports is covered without anyone listing it.
 *
 * The digest is of what the code does, not of how it is written down: each module is reduced to
 * its statements (esbuild strips types, comments and layout) less its import lines, and the
 * modules are taken in the order of their contents. A comment, a moved file or a renamed import
 * path leaves it unchanged; any change to a statement changes it.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { transform } from 'esbuild';
import { digestOf } from '../lib/digest.ts';
import { packageOf } from './installedCode.ts';

/** The project modules an entry module reaches through its imports, and the packages they name. */
export interface ImportGraph {
  /** Paths relative to `root`, sorted, the entries included. */
  modules: string[];
  /** Bare package names the modules import at run time (`unified`, `@date-fns/tz`), sorted. */
  packages: string[];
}

/**
 * The specifiers a module imports at run time: `import … from`, `export … from`, a bare
 * `import '…'`, `import('…')` and `new URL('…', import.meta.url)` (a worker's file); type-only
 * imports (`import type`, `export type … from`) run nothing and are left out.
 */
export function importSpecifiers(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bnew URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const [, specifier] of source.matchAll(pattern)) found.add(specifier!);
  }
  return [...found];
}

/** Walks the run-time relative imports of `entries` (paths from `root`) to every project module they reach. */
export async function importGraph(root: string, entries: readonly string[]): Promise<ImportGraph> {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = entries.map((entry) => resolve(root, entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const name = relative(root, file).split(sep).join('/');
    if (modules.has(name)) continue;
    modules.add(name);
    for (const specifier of importSpecifiers(await readFile(file, 'utf8'))) {
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

/**
 * What a module does, written one way: no types, comments, layout or import lines. Asynchronous:
 * esbuild's synchronous calls start a second esbuild process of their own, kept to the end of
 * the build (16 MiB at 10,000 articles, beside the one Vite and the CMS bundle use).
 */
export async function statementsOf(source: string): Promise<string> {
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    minifyWhitespace: true,
    legalComments: 'none',
  });
  const imports = [
    /(^|;)\s*import\s*(?:[^'";]*?from\s*)?["'][^"']*["']\s*;?/g,
    /(^|;)\s*export\s*(?:\*|\{[^}]*\})\s*from\s*["'][^"']*["']\s*;?/g,
  ];
  // Each match takes the separator after it: repeat until the next import is found too.
  let statements = code;
  for (let before = ''; before !== statements;) {
    before = statements;
    for (const pattern of imports) statements = statements.replace(pattern, '$1');
  }
  return statements.replace(/^;+/, '');
}

/** A digest of what every project module `entries` reach does, with the graph it covers. */
export async function codeDigest(
  root: string,
  entries: readonly string[],
): Promise<{ digest: string; graph: ImportGraph }> {
  const graph = await importGraph(root, entries);
  const statements = await Promise.all(
    graph.modules.map(async (name) => statementsOf(await readFile(resolve(root, name), 'utf8'))),
  );
  return { digest: digestOf(statements.sort(), graph.packages), graph };
}
