// Bundled as text at build time (Vite's ?raw), so the preview follows every change to them.
import global from '../../styles/global.css?raw';
import preview from '../../cms/preview.css?raw';

/**
 * The CMS preview's styles: the site's own global stylesheet, then the few rules that lay out
 * the preview's copy of an article page.
 */
export function GET() {
  return new Response(`${global}\n${preview}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
}
