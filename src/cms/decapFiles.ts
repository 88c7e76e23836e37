import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of Decap CMS's prebuilt bundle, in node_modules. */
const DECAP_DIST = dirname(fileURLToPath(import.meta.resolve('decap-cms/dist/decap-cms.js')));

/**
 * The files of Decap's bundle the CMS page loads, from our own origin (never a CDN), ending in
 * `extension`: the bundle, the chunks it loads on demand, its WebAssembly. Source maps and the
 * `cms.js` copy stay out.
 */
export async function decapFiles(extension: 'js' | 'wasm'): Promise<string[]> {
  const pattern = extension === 'js' ? /^(?:\d+\.)?decap-cms\.js$/ : /^[0-9a-f]+\.wasm$/;
  return (await readdir(DECAP_DIST)).filter((name) => pattern.test(name));
}

/** One of Decap's files, as the package has it. */
export async function decapFile(name: string, type: string): Promise<Response> {
  return new Response(await readFile(join(DECAP_DIST, name)), {
    headers: { 'Content-Type': type },
  });
}
