import { existsSync, readdirSync } from 'node:fs';
import { readFile, readdir, rm, rmdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { digestOf } from '../lib/digest.ts';
import { mapLimited } from '../lib/limit.ts';
import { isWithin, looksInside } from '../build/caches.ts';
import { staleFiles } from '../lib/staleOutput.ts';

/**
 * Lets a build reuse the output folder of the last build instead of emptying it. Astro empties
 * `dist/` and then copies every unchanged page back from its cache: at 10,000 articles that is
 * ~11,000 deletions and ~11,000 copies on every publish. With the folder kept, Astro leaves an
 * unchanged page where it is, and this integration removes what the build no longer produces.
 *
 * Nothing is trusted unless the last build finished: a stamp in the cache names the output
 * folder and the digest of Astro's incremental manifest; it is removed when a build starts and
 * written when it completes.
 * - No stamp, or a manifest that is not the one stamped (the last build failed, or was not one
 *   of ours): Astro's own page cache is dropped too, and every page is rendered. A build that
 *   fails while writing pages has already put new pages into Astro's cache under the old
 *   manifest's keys; undo the edit, and Astro would serve those pages as current.
 * - Another output folder: that folder is emptied first, as Astro would.
 * A folder to empty is emptied once the content sync has passed (`astro:build:start`): a build
 * that fails on the content leaves the last site where it was, whatever the cache held.
 * - Another `astro.config.mjs`: Astro's page cache is dropped. Astro's own config hash leaves
 *   out options that change every page (`vite.build.cssCodeSplit`, integrations).
 * A cache restored without its `dist/` is fine: Astro restores the pages it keeps.
 */
export function incrementalOutput(options: {
  cacheDir: string;
  /** The folder a deployer uploads: the output folder is its base folder (see astro.config.mjs). */
  uploadRoot: string;
  owned: readonly string[];
}): AstroIntegration {
  const stampFile = join(options.cacheDir, 'dateline', 'output.json');
  const manifestFile = join(options.cacheDir, 'incremental-build.json');
  let outDir = '';
  let publicDir = '';
  let since = 0;
  let configDigest = '';
  let emptyFirst = false;
  return {
    name: 'dateline-incremental-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        // The output folder is emptied and pruned: a cache inside it would be thrown away.
        const { uploadRoot } = options;
        if (isWithin(options.cacheDir, uploadRoot) || isWithin(uploadRoot, options.cacheDir)) {
          throw new Error(
            `the cache folder ${options.cacheDir} and the output folder ${uploadRoot} overlap (set DATELINE_CACHE_DIR or DATELINE_OUT_DIR so that neither lies inside the other)`,
          );
        }
        // Astro 7.3 builds its pages' code in an output folder it takes to be in the project,
        // where they find their packages; one beside it, named alike, fails with a missing package.
        const project = process.cwd();
        if (looksInside(outDir, project)) {
          throw new Error(
            `the output folder ${uploadRoot} is outside the project ${project}, but its path begins with the project's, which Astro takes for a folder inside it: its build would fail for want of its packages. Build into a folder inside the project, or one whose path does not begin with ${project} (${join(dirname(project), 'out', basename(uploadRoot))}, say)`,
          );
        }
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        // Astro's own made images, from before Dateline made its photos itself: never used now.
        await rm(join(options.cacheDir, 'assets'), { recursive: true, force: true });
        const stamp = JSON.parse(await readFile(stampFile, 'utf8').catch(() => '{}')) as {
          outDir?: string;
          manifest?: string;
          config?: string;
        };
        await rm(stampFile, { force: true });
        const configFile = fileURLToPath(new URL('astro.config.mjs', config.root));
        configDigest = digestOf(await readFile(configFile, 'utf8').catch(() => ''));
        // The whole upload is emptied: a site moved to another base leaves nothing behind.
        if (
          stamp.manifest !== (await manifestDigest(manifestFile)) ||
          stamp.config !== configDigest
        ) {
          await rm(manifestFile, { force: true });
          await rm(join(options.cacheDir, 'dist'), { recursive: true, force: true });
          emptyFirst = true;
        } else if (stamp.outDir !== outDir) {
          emptyFirst = true;
        }
      },
      'astro:build:start': async () => {
        // Before the integrations after this one start (Astro runs them in order), none of
        // which writes into the output before the pages are done.
        if (emptyFirst) await emptyFolder(options.uploadRoot);
        // File times are kept coarsely by some file systems: a second of slack costs nothing, as
        // the last build's files were written well before this build got this far.
        since = Date.now() - 1000;
      },
      'astro:build:done': async ({ logger }) => {
        const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
          routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
        };
        // Produced without a fresh time stamp: pages Astro left in place, and public files (a
        // copy of an empty file keeps its source's time).
        const kept = new Set([
          ...Object.values(manifest.routes).flatMap((route) =>
            Object.values(route.paths).map((path) => decodeURIComponent(path.outputFile)),
          ),
          ...(existsSync(publicDir) ? await listFiles(publicDir) : []),
        ]);
        // Only files the build is not known to have produced need their time stamp read.
        const unknown = (await listFiles(outDir, options.owned)).filter((path) => !kept.has(path));
        const files = await mapLimited(unknown, async (path) => ({
          path,
          mtimeMs: (await stat(join(outDir, path))).mtimeMs,
        }));
        const stale = staleFiles(files, { since, kept, owned: options.owned });
        await mapLimited(stale, (file) => rm(join(outDir, file), { force: true }));
        await removeEmptyFolders(outDir, new Set(stale.map((file) => dirname(join(outDir, file)))));
        if (stale.length > 0)
          logger.info(`removed ${stale.length} file(s) the build no longer writes`);
        await mkdir(dirname(stampFile), { recursive: true });
        await writeFile(
          stampFile,
          JSON.stringify({
            outDir,
            manifest: await manifestDigest(manifestFile),
            config: configDigest,
          }),
        );
      },
    },
  };
}

/** The digest of Astro's incremental manifest, or of its absence. */
async function manifestDigest(file: string): Promise<string> {
  return digestOf(await readFile(file, 'utf8').catch(() => 'none'));
}

/** Empties a folder, keeping a `.git` a deployer may keep there. */
async function emptyFolder(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  for (const name of await readdir(dir)) {
    if (name !== '.git') await rm(join(dir, name), { recursive: true, force: true });
  }
}

/** Every file below `dir` (but `.git` and the top-level folders in `skip`), relative to it. */
async function listFiles(dir: string, skip: readonly string[] = []): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || skip.includes(entry.name)) continue;
    if (entry.isFile()) files.push(entry.name);
    if (!entry.isDirectory()) continue;
    // The synchronous walk: at 50,000 articles it takes a second where the promise one takes three.
    const below = readdirSync(join(dir, entry.name), { recursive: true, withFileTypes: true });
    for (const inner of below) {
      if (inner.isFile()) {
        files.push(relative(dir, join(inner.parentPath, inner.name)).split(sep).join('/'));
      }
    }
  }
  return files;
}

/** Removes folders left empty by pruning, walking up towards `root`. */
async function removeEmptyFolders(root: string, folders: Set<string>): Promise<void> {
  const deepestFirst = [...folders].sort((a, b) => b.length - a.length);
  for (let folder of deepestFirst) {
    while (folder.startsWith(root) && folder !== root) {
      const removed = await rmdir(folder).then(
        () => true,
        () => false,
      );
      if (!removed) break;
      folder = dirname(folder);
    }
  }
}
