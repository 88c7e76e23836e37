/**
 * What installed packages a cache depends on: the installed code of the packages a piece of the
 * build runs, file by file (not the lockfile, which changes with every package).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { mapLimited } from '../lib/limit.ts';
import { writeFileAtomic } from './atomicWrite.ts';

/** The package a bare import names: `@scope/name/sub` → `@scope/name`, `astro/zod` → `astro`. */
export function packageOf(specifier: string): string | undefined {
  if (/^(?:node:|astro:|\.|\/)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The packages the given module sources import by bare name (`from 'unified'`). */
export function importedPackages(sources: readonly string[]): string[] {
  const names = new Set<string>();
  for (const source of sources) {
    for (const [, specifier] of source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) {
      const name = packageOf(specifier!);
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

/** The folder of package `name` as Node resolves it from `fromDir`, or undefined. */
function findPackage(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A package's code files, below its folder but not in its own `node_modules`. */
async function codeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:[cm]?js|json|wasm)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dir, file).split(sep).includes('node_modules'))
    .sort();
}

/** The packages' folders, dependencies included, in a fixed order; `missing` names those not installed. */
async function packageClosure(
  root: string,
  packages: readonly string[],
  extra: Readonly<Record<string, readonly string[]>>,
): Promise<{ dirs: string[]; missing: string[] }> {
  const dirs: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const queue: [name: string, from: string][] = packages.map((name) => [name, root]);
  while (queue.length > 0) {
    const [name, from] = queue.shift()!;
    const dir = findPackage(name, from);
    if (!dir) {
      missing.push(name);
      continue;
    }
    if (seen.has(dir)) continue;
    seen.add(dir);
    const provided = extra[name];
    if (provided) {
      for (const other of provided) queue.push([other, dir]);
      continue;
    }
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {}).sort()) {
      queue.push([dependency, dir]);
    }
    dirs.push(dir);
  }
  return { dirs, missing };
}

/**
 * A digest of the installed code of `packages` and of everything they depend on, file by file:
 * a record or index made by a patched or half-installed package is never reused once the
 * package is back to normal, even where the lockfile did not change (a host that keeps the
 * cache between builds, a hand-edited `node_modules`). `extra` maps a package to packages it
 * provides under its own name (`astro` → `zod`, for `astro/zod`), hashed instead of it.
 *
 * With `memo` (a cache file), the digest is kept with the size and time of every file: while
 * none of them changed, the files are not read again (date-fns alone is 28 MB). Any write to a
 * file (a patch, a reinstall) changes its time, and the contents are hashed anew.
 */
export async function installedCodeDigest(
  root: string,
  packages: readonly string[],
  extra: Readonly<Record<string, readonly string[]>> = {},
  memo?: string,
): Promise<string> {
  const { dirs, missing } = await packageClosure(root, packages, extra);
  const files = (await Promise.all(dirs.map(codeFiles))).flat();
  const stats = await mapLimited(files, (file) => stat(file));
  const stamp = createHash('sha1')
    .update(missing.join('\n'))
    .update(files.map((file, i) => `${file} ${stats[i]!.size} ${stats[i]!.mtimeMs}`).join('\n'))
    .digest('hex');
  if (memo) {
    const known = await readFile(memo, 'utf8')
      .then((text) => JSON.parse(text) as { stamp: string; digest: string })
      .catch(() => undefined);
    if (known?.stamp === stamp) return known.digest;
  }
  const hash = createHash('sha1');
  for (const name of missing) hash.update(`missing ${name}\n`);
  // Read a bounded number at once, hashed in a fixed order.
  const contents = await mapLimited(files, (file) => readFile(file));
  for (const [i, file] of files.entries()) {
    hash.update(`${relative(root, file)}\n`);
    hash.update(contents[i]!);
  }
  const digest = hash.digest('hex');
  if (memo) await writeFileAtomic(memo, JSON.stringify({ stamp, digest }));
  return digest;
}
