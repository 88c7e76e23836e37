/**
 * Straight quotes and apostrophes curled as a newsroom sets them (“We have never…”, it’s), by
 * retext-smartypants: quotes only, dashes and ellipses as typed. The body's markdown plugin and
 * the CMS's preview both curl with it, so the preview shows the page's quotes.
 */
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

const quoter = retext().use(retextSmartypants, {
  quotes: true,
  dashes: false,
  ellipses: false,
  backticks: false,
});

/**
 * `text` with its quotes curled, read as one (a new line starts a block afresh); the same length,
 * a quote being one character straight or curly, so that each piece joined into it keeps its place.
 */
export function curlQuotes(text: string): string {
  if (!/["']/.test(text)) return text;
  const curled = quoter.processSync(text).toString();
  return curled.length === text.length ? curled : text;
}
