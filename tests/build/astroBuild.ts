import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll } from 'vitest';

/** The project root. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** The outcome of one `astro build`. */
export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * The environment of a deployer's shell: this one without what the test runner added
 * (`NODE_ENV=test`, `VITEST*`), which Astro and Vite read and change their behaviour on.
 */
export function deployerEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/**
 * Runs `astro build` with extra environment variables, as a deployer would: a clean build, in a
 * cache folder of its own, unless `DATELINE_CACHE_DIR` names one to reuse.
 */
export function astroBuild(env: Record<string, string>, cwd: string = ROOT): BuildRun {
  const cache = env.DATELINE_CACHE_DIR ?? mkdtempSync(join(tmpdir(), 'dateline-cache-'));
  try {
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd,
      env: deployerEnv({ ...env, DATELINE_CACHE_DIR: cache }),
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    if (!env.DATELINE_CACHE_DIR) rmSync(cache, { recursive: true, force: true });
  }
}

/** Every file below `dir`, relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The bytes of a built file. */
export function readBuilt(dir: string, file: string): Buffer {
  return readFileSync(join(dir, file));
}

/** A maker of fresh temporary folders, all removed after the calling test file's tests. */
export function temporaryFolders(): (name: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return (name) => {
    const dir = mkdtempSync(join(tmpdir(), `dateline-${name}-`));
    made.push(dir);
    return dir;
  };
}

/** A port nothing listens on now, as the system hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
