import type { GetStaticPaths } from 'astro';
import { decapFile, decapFiles } from '../../cms/decapFiles.ts';

/** Decap CMS's bundle and the chunks it loads on demand. */
export const getStaticPaths = (async () =>
  (await decapFiles('js')).map((file) => ({
    params: { script: file.replace(/\.js$/, '') },
  }))) satisfies GetStaticPaths;

/** One script, as the package has it. */
export function GET({ params }: { params: { script: string } }) {
  return decapFile(`${params.script}.js`, 'text/javascript; charset=utf-8');
}
