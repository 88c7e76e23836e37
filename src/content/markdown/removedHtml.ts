/**
 * Notes, before the sanitiser runs, what it will take out of a body (elements outside its
 * allowlist, link and image addresses it does not keep) and the pictures readers' browsers would
 * fetch from another site, so the editor is told (warnings, see src/content/htmlChecks.ts)
 * instead of losing an embed unnoticed. It only reads the tree: what is rendered never changes.
 * Every fact comes from the sanitiser's own schema, and addresses from the sanitiser itself.
 */
import type { Element, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { BodyNote } from './data.ts';
import { startOf } from './markdownImages.ts';
import { sanitizeSchema } from './sanitizeSchema.ts';

const KEPT = new Set(sanitizeSchema.tagNames ?? []);
const WHOLE = new Set(sanitizeSchema.strip ?? []);
const ANCESTORS: Readonly<Record<string, readonly string[]>> = sanitizeSchema.ancestors ?? {};

/** The attribute holding each checked element's address. */
const ADDRESSES: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

/** The sanitiser as the pipeline runs it, to ask it about one address at a time. */
const sanitize = rehypeSanitize(sanitizeSchema);

/** Whether the sanitiser keeps `value` as the `attribute` of a `tag` (its protocol check). */
function keepsAddress(tag: string, attribute: string, value: string): boolean {
  const alone: Element = { type: 'element', tagName: tag, properties: { [attribute]: value }, children: [] };
  const [out] = sanitize({ type: 'root', children: [alone] }).children;
  return out?.type === 'element' && out.properties[attribute] !== undefined;
}

/** An address readers' browsers fetch from another host: `https://…`, `http://…` or `//…`. */
const isRemote = (src: string) => /^(?:https?:)?\/\//i.test(src.trim());

/** The scheme an address starts with, as written and kept short: `javascript:`. */
const schemeOf = (address: string) => `${address.trim().split(':')[0]!.slice(0, 20)}:`;

/** Why an element is removed, when it is: not allowlisted, or outside the elements it needs. */
function removal(tag: string, ancestors: readonly string[]): Omit<BodyNote & { kind: 'element' }, 'line'> | undefined {
  if (!KEPT.has(tag)) return { kind: 'element', tag, whole: WHOLE.has(tag) };
  const within = ANCESTORS[tag];
  if (within && !ancestors.some((name) => within.includes(name))) {
    return { kind: 'element', tag, whole: false, within: [...within] };
  }
  return undefined;
}

/** The plugin: notes into `file.data.bodyNotes`, in the order the body holds them. */
export function removedHtml() {
  return (tree: Root, file: VFile) => {
    const notes: BodyNote[] = [];
    visitParents(tree, 'element', (node, parents) => {
      const line = node.position?.start.line;
      const names = parents.flatMap((parent) => (parent.type === 'element' ? [parent.tagName] : []));
      const removed = removal(node.tagName, names);
      if (removed) {
        notes.push({ ...removed, line });
        // What goes with it is not reported again, element by element.
        return removed.whole ? SKIP : undefined;
      }
      const attribute = ADDRESSES[node.tagName];
      const address = attribute ? node.properties[attribute] : undefined;
      if (!attribute || typeof address !== 'string') return;
      if (!keepsAddress(node.tagName, attribute, address)) {
        notes.push({ kind: 'address', tag: node.tagName, scheme: schemeOf(address), line });
      } else if (node.tagName === 'img' && isRemote(address)) {
        const html = !file.data.markdownImages?.has(startOf(node.position));
        notes.push({ kind: 'remote', src: address, line, html });
      }
    });
    file.data.bodyNotes = notes;
  };
}
