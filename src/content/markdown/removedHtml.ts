/**
 * Notes, before the sanitiser runs, what it will take out of a body (elements outside its
 * allowlist, link and image addresses it does not keep, styles and script handlers) and the pictures readers' browsers would
 * fetch from another site, so the editor is told (warnings, see src/content/bodyNotes.ts)
 * instead of losing an embed unnoticed. It only reads the tree: what is rendered never changes.
 * Every fact comes from the sanitiser's own schema, and addresses from the sanitiser itself.
 */
import type { Element, Root } from 'hast';
import { htmlTagNames } from 'html-tag-names';
import rehypeSanitize from 'rehype-sanitize';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { meantAddress } from '../../lib/siteLinks.ts';
import type { BodyNote } from './data.ts';
import { startOf } from './markdownImages.ts';
import { sanitizeSchema } from './sanitizeSchema.ts';
import { isTaskMark } from './taskListMarks.ts';

const KEPT = new Set(sanitizeSchema.tagNames ?? []);
const WHOLE = new Set(sanitizeSchema.strip ?? []);
const ANCESTORS: Readonly<Record<string, readonly string[]>> = sanitizeSchema.ancestors ?? {};

/** The attribute holding each checked element's address. */
const ADDRESSES: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

/** The sanitiser as the pipeline runs it, to ask it about one address at a time. */
const sanitize = rehypeSanitize(sanitizeSchema);

/** Whether the sanitiser keeps `value` as the `attribute` of a `tag` (its protocol check). */
function keepsAddress(tag: string, attribute: string, value: string): boolean {
  const alone: Element = {
    type: 'element',
    tagName: tag,
    properties: { [attribute]: value },
    children: [],
  };
  const [out] = sanitize({ type: 'root', children: [alone] }).children;
  return out?.type === 'element' && out.properties[attribute] !== undefined;
}

/**
 * An address readers' browsers may fetch from another host: `https://…`, `http://…`, `//…`, or
 * `https:host/x.png` (another site's from an http: page, and in the feeds).
 */
const isRemote = (src: string) => /^(?:https?:|\/\/)/i.test(src.trim());

/** The scheme an address starts with, as written and kept short: `javascript:`. */
const schemeOf = (address: string) => `${address.trim().split(':')[0]!.slice(0, 20)}:`;

/** Whether the sanitiser keeps the property `name` (hast's `onClick`) of a `tag`. */
function keepsProperty(tag: string, name: string, value: Element['properties'][string]): boolean {
  const alone: Element = {
    type: 'element',
    tagName: tag,
    properties: { [name]: value },
    children: [],
  };
  const [out] = sanitize({ type: 'root', children: [alone] }).children;
  return out?.type === 'element' && out.properties[name] !== undefined;
}

/**
 * The removed attributes an editor meant something by, as one group each: `style` (a look the
 * page will not have) and the `on…` handlers (script that will not run). Others the sanitiser
 * drops (`class`, `data-…`, Word's own) change nothing a reader would miss, and go unsaid.
 */
const attributeGroup = (name: string) =>
  name === 'style' ? 'style' : /^on[a-z]/i.test(name) ? 'handler' : undefined;

/** Why an element is removed, when it is: not allowlisted, or outside the elements it needs. */
function removal(
  tag: string,
  ancestors: readonly string[],
): Omit<BodyNote & { kind: 'element' }, 'line'> | undefined {
  if (!KEPT.has(tag)) return { kind: 'element', tag, whole: WHOLE.has(tag) };
  const within = ANCESTORS[tag];
  if (within && !ancestors.some((name) => within.includes(name))) {
    return { kind: 'element', tag, whole: false, within: [...within] };
  }
  return undefined;
}

/** The elements a `<source>` belongs in. */
const HOLDS_SOURCES = new Set(['picture', 'video', 'audio']);

/** Every element HTML has had: a tag named otherwise is words in angle brackets. */
const HTML_TAGS = new Set(htmlTagNames);

/** Quotes a word processor puts around an address (`“https://…”`), read as part of it. */
const QUOTED_ADDRESS = /^[“”„‘’«»"'](.+?)[“”‘’«»"']?$/su;

/** An address pasted with curly quotes around it, without them, when it is one the page keeps. */
function withoutQuotes(address: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(address);
  } catch {
    return undefined;
  }
  const inner = QUOTED_ADDRESS.exec(decoded.trim())?.[1];
  return inner && /^(?:https?:\/\/|mailto:|\/|\.{1,2}\/)/i.test(inner) ? inner : undefined;
}

/** An element's start tag made of bare words alone: prose in angle brackets, `<insert quote here>`. */
const BARE_WORDS = /^<[a-z][\w-]*(?:\s+[a-z][\w'’-]*)+\s*>$/i;

/** The start tag of an element written as words in angle brackets (a note for the desk), as typed. */
function wordsInBrackets(source: string, node: Element): string | undefined {
  const start = node.position?.start.offset;
  if (start === undefined || Object.keys(node.properties).length === 0) return undefined;
  // `<video controls autoplay>` is markup the page does not keep, not words.
  if (HTML_TAGS.has(node.tagName)) return undefined;
  const end = source.indexOf('>', start);
  const tag = end === -1 ? '' : source.slice(start, end + 1);
  return BARE_WORDS.test(tag) && tag.length <= 80 ? tag : undefined;
}

/** The plugin: notes into `file.data.bodyNotes`, in the order the body holds them. */
export function removedHtml() {
  return (tree: Root, file: VFile) => {
    const notes: BodyNote[] = [];
    // One note a group for the whole body, on its first line: pasted markup has it on every element.
    const attributes = new Map<string, BodyNote & { kind: 'attribute' }>();
    visitParents(tree, 'element', (node, parents) => {
      const line = node.position?.start.line;
      const names = parents.flatMap((parent) =>
        parent.type === 'element' ? [parent.tagName] : [],
      );
      // The sanitiser keeps any <input> as a checkbox; only a task list's is kept after it.
      const removed =
        node.tagName === 'input' && !isTaskMark(node, parents)
          ? { kind: 'element' as const, tag: 'input', whole: false }
          : removal(node.tagName, names);
      if (removed) {
        const words = wordsInBrackets(String(file.value), node);
        // A <source> goes with the <picture>, <video> or <audio> told of around it.
        const told = node.tagName === 'source' && names.some((name) => HOLDS_SOURCES.has(name));
        if (!told) notes.push({ ...removed, line, ...(words && { words }) });
        // What goes with it is not reported again, element by element.
        return removed.whole ? SKIP : undefined;
      }
      const lost = new Map<string, string>();
      for (const [name, value] of Object.entries(node.properties)) {
        const group = attributeGroup(name);
        if (group && !lost.has(group) && !keepsProperty(node.tagName, name, value))
          lost.set(group, name);
      }
      for (const [group, name] of lost) {
        const seen = attributes.get(group);
        if (seen) seen.more += 1;
        else {
          const note = {
            kind: 'attribute' as const,
            name: name.toLowerCase(),
            tag: node.tagName,
            line,
            more: 0,
          };
          attributes.set(group, note);
          notes.push(note);
        }
      }
      const attribute = ADDRESSES[node.tagName];
      const address = attribute ? node.properties[attribute] : undefined;
      if (!attribute || typeof address !== 'string') return;
      // A link to `example.org:8080` is told by strayAddresses, with the address to write.
      const stray = node.tagName === 'a' && meantAddress(address) !== undefined;
      if (!stray && !keepsAddress(node.tagName, attribute, address)) {
        const unquoted = withoutQuotes(address);
        notes.push({
          kind: 'address',
          tag: node.tagName,
          scheme: schemeOf(address),
          line,
          ...(unquoted && { unquoted }),
        });
      } else if (node.tagName === 'img' && isRemote(address)) {
        const html = !file.data.markdownImages?.has(startOf(node.position));
        notes.push({ kind: 'remote', src: address, line, html });
      }
    });
    // After the notes made of the markdown (see footnoteChecks), in the order the body holds them.
    (file.data.bodyNotes ??= []).push(...notes);
  };
}
