/**
 * The preview's body with its quotes curled as the page's are (src/lib/curlyQuotes.ts): Decap
 * draws the body's markdown itself, with quotes as typed, where the page has “…” and it’s.
 */
import { curlQuotes } from '../lib/curlyQuotes.ts';

/** What the walk reads of a DOM node: its kind, its name, its text, its children. */
export interface QuoteNode {
  nodeType: number;
  nodeName: string;
  data?: string;
  childNodes: ArrayLike<QuoteNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose text starts afresh: a quote at their start opens. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'PRE',
]);

/** Text left as typed: code, a word to the quotes around it, as the page's plugin reads it. */
const CODE = new Set(['CODE', 'KBD', 'SAMP', 'PRE']);

/** Curls the quotes of the text under `root`, read as one: each block afresh, code as typed. */
export function curlPreviewQuotes(root: QuoteNode): void {
  const texts: { node: QuoteNode; at: number }[] = [];
  let joined = '';
  const walk = (node: QuoteNode) => {
    if (node.nodeType === TEXT_NODE) {
      texts.push({ node, at: joined.length });
      joined += node.data ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (BLOCKS.has(name)) joined += '\n';
    if (CODE.has(name)) {
      joined += 'x';
      return;
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  const curled = curlQuotes(joined);
  if (curled === joined) return;
  for (const { node, at } of texts) {
    const value = curled.slice(at, at + (node.data ?? '').length);
    // Only what changed: an unchanged text written again would be seen as a change.
    if (value !== node.data) node.data = value;
  }
}

/**
 * Keeps the quotes of the body `body` curled as Decap draws it again (a React ref: null when
 * the preview goes), watching it for changes; our own writes change nothing the second time.
 */
export function curledBody(): (body: HTMLElement | null) => void {
  let watch: MutationObserver | undefined;
  return (body) => {
    watch?.disconnect();
    watch = undefined;
    if (!body) return;
    const curl = () => curlPreviewQuotes(body);
    curl();
    watch = new MutationObserver(curl);
    watch.observe(body, { childList: true, subtree: true, characterData: true });
  };
}
