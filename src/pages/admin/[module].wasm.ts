import type { GetStaticPaths } from 'astro';
import { decapFile, decapFiles } from '../../cms/decapFiles.ts';

/** The WebAssembly Decap CMS's bundle loads. */
export const getStaticPaths = (async () =>
  (await decapFiles('wasm')).map((file) => ({
    params: { module: file.replace(/\.wasm$/, '') },
  }))) satisfies GetStaticPaths;

/** One module, as the package has it. */
export function GET({ params }: { params: { module: string } }) {
  return decapFile(`${params.module}.wasm`, 'application/wasm');
}
