import { resolve } from 'node:path';
import { type Plugin, build } from 'esbuild';

let bundled: Promise<string> | undefined;

/**
 * Node's modules, which the browser has not: the schemas' modules import `node:path` for
 * functions the checks never call (photo keys), so an empty stand-in is enough.
 */
const nodeBuiltinsStubbed: Plugin = {
  name: 'node-builtins-stubbed',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({
      contents: 'export const posix = {}; export default {};',
      loader: 'js',
    }));
  },
};

/**
 * Dateline's part of the CMS (src/cms/admin.ts: the markdown format, the preview, the checks
 * before a save), bundled for the browser with the schemas it checks against, once per process.
 */
export async function GET() {
  bundled ??= build({
    // From the project root, where Astro runs: this module is bundled elsewhere for the build.
    entryPoints: [resolve('src/cms/admin.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [nodeBuiltinsStubbed],
  }).then((result) => result.outputFiles[0]!.text);
  return new Response(await bundled, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}
