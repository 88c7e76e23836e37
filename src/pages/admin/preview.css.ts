// Bundled as text at build time (Vite's ?raw), so the preview follows every change to them.
import global from '../../styles/global.css?raw';
import story from '../../styles/story.css?raw';
import preview from '../../cms/preview.css?raw';

/**
 * The CMS preview's styles: the site's own global stylesheet and its story's (the article page's
 * own), then the few rules that place the preview where the page would.
 */
export function GET() {
  return new Response(`${global}\n${story}\n${preview}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
}
