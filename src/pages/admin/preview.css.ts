import { readFile } from 'node:fs/promises';

/**
 * The CMS preview's styles: the site's own global stylesheet, read from the source at each build
 * so that the preview follows every change to it, then the few rules that lay out the preview's
 * copy of an article page.
 */
export async function GET() {
  const global = await readFile(new URL('../../styles/global.css', import.meta.url), 'utf8');
  const preview = await readFile(new URL('../../cms/preview.css', import.meta.url), 'utf8');
  return new Response(`${global}\n${preview}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
}
