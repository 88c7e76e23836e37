/**
 * `npm run cms`: the CMS against this folder, in one command. Starts decap-server (Decap's local
 * backend: reads and writes the files here, offline, no sign-in) and the dev server, whose
 * /admin/ is the CMS; a saved story shows on the dev site at once. Ctrl-C stops both.
 *
 *   npm run cms                          http://localhost:4321/admin/
 *   npm run cms -- --port 4400 --cms-port 8090 --host 127.0.0.1
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { settingsFilePath } from '../settings.ts';
import { commandLine } from './args.ts';
import { isPhotoNotThere } from './decapLog.ts';

const USAGE = 'usage: npm run cms [-- --port 4321] [--cms-port 8081] [--host localhost]';
const { values } = commandLine('cms', USAGE, {
  options: {
    port: { type: 'string', default: '4321' },
    'cms-port': { type: 'string', default: '8081' },
    host: { type: 'string', default: 'localhost' },
  },
});
const root = process.cwd();

// decap-server reads and writes below the project only: a folder elsewhere would list nothing
// and its saves would land inside the project instead.
const content = (process.env.DATELINE_CONTENT ?? 'content').split(',')[0]!;
const outside = [
  ['DATELINE_CONTENT', content],
  ['DATELINE_SETTINGS', settingsFilePath(process.env)],
].filter(([, path]) => {
  const from = relative(root, resolve(root, path!));
  return from.startsWith('..') || isAbsolute(from);
});
if (outside.length) {
  for (const [name, path] of outside) {
    console.error(
      `cms: ${name}=${path} is outside this project (${root}); the CMS edits files inside it only. Copy the folder into the project, or run npm run cms from the project that holds it.`,
    );
  }
  process.exit(1);
}
if (!existsSync(resolve(root, content))) {
  console.error(
    `cms: DATELINE_CONTENT=${content} does not exist in this project (${root}): check its spelling.`,
  );
  process.exit(1);
}
const cmsPort = values['cms-port'];
// decap-server listens on this machine only: it writes files for anyone who can reach it.
const localUrl = `http://127.0.0.1:${cmsPort}/api/v1`;
const installed = (path: string) =>
  fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url));
const server = installed('decap-server/dist/index.js');

const children: ChildProcess[] = [];
let stopping = false;

/** Stops both, once; the exit code is the first child's to end. */
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

/**
 * Starts one child with this process's output (its lines that `quiet` says nothing needs left
 * out), stopping the other when it ends.
 */
function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  quiet?: (line: string) => boolean,
): void {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: quiet ? ['inherit', 'pipe', 'pipe'] : 'inherit',
  });
  if (quiet) {
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      if (!from) continue;
      createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
        if (!quiet(line)) to.write(`${line}\n`);
      });
    }
  }
  child.on('exit', (code, signal) => stop(code ?? (signal ? 1 : 0)));
  children.push(child);
}

start(
  process.execPath,
  [server],
  {
    PORT: cmsPort,
    BIND_HOST: '127.0.0.1',
    MODE: 'fs',
    GIT_REPO_DIRECTORY: root,
    LOG_LEVEL: 'warn',
  },
  isPhotoNotThere,
);
start(
  process.execPath,
  [installed('astro/bin/astro.mjs'), 'dev', '--port', values.port, '--host', values.host],
  { ASTRO_TELEMETRY_DISABLED: '1', DATELINE_CMS_LOCAL: localUrl },
);
console.log(
  `cms: editing ${root} at http://${values.host}:${values.port}/admin/ (saves go to these files; decap-server on 127.0.0.1:${cmsPort})`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
