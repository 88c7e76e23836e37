/**
 * `npm run build [-- --pages]`: builds the site into `dist/` with `astro build`, printing what
 * an editor needs: its log without the line Astro prints for every page (`--pages`, or
 * `--verbose`, keeps them), then what was published, what is held back until when, how many
 * warnings there are, where the site is and what its CMS lacks. Exits as the build does.
 */
import { spawn } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  type BuildFacts,
  editorSummary,
  emptyFacts,
  isPageLine,
  readBuildLine,
} from '../lib/buildLog.ts';
import { backendProblem, cmsBackendFromEnv } from '../cms/backend.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const pages = args.includes('--pages') || args.includes('--verbose');
const astroArgs = args.filter((arg) => arg !== '--pages');
// The same folder as astro.config.mjs writes to: what a deployer uploads.
const uploadRoot = resolve(process.env.DATELINE_OUT_DIR || './dist');

const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const child = spawn(process.execPath, [astro, 'build', ...astroArgs], {
  cwd: root,
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Astro colours its log only for a terminal; the pipe to this script is none.
    ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
  },
  stdio: ['inherit', 'pipe', 'pipe'],
});

const facts: BuildFacts = emptyFacts();
let folded = 0;

/** Passes a stream's lines on, reading each and folding the page lines away. */
function relay(stream: NodeJS.ReadableStream, out: NodeJS.WriteStream): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => {
    readBuildLine(facts, line);
    if (!pages && isPageLine(line)) {
      if (folded++ === 0) out.write('  … one line a page, left out (npm run build -- --pages)\n');
      return;
    }
    out.write(`${line}\n`);
  });
  return new Promise((done) => lines.once('close', done));
}

const relayed = Promise.all([
  relay(child.stdout!, process.stdout),
  relay(child.stderr!, process.stderr),
]);
const code = await new Promise<number>((done) => {
  child.once('close', (status, signal) => done(status ?? (signal ? 1 : 0)));
});
await relayed;
const near = relative(process.cwd(), uploadRoot);
const shown = !near ? './' : near.startsWith('..') ? `${uploadRoot}/` : `${near}/`;
// Read once the build has: a build that ran could read them (one that could not has said why).
const read = code === 0 ? await import('../settings.ts') : undefined;
const site = {
  uploadRoot: shown,
  url: read?.settings.url ?? '',
  base: read?.settings.base ?? '/',
  settingsFile: read?.settingsFile ?? '',
  cmsProblem: backendProblem(cmsBackendFromEnv(process.env)),
  outDir: process.env.DATELINE_OUT_DIR || undefined,
};
console.log(`\n${editorSummary(facts, code === 0, site).join('\n')}`);
process.exitCode = code;
