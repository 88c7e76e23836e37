/**
 * Front matter written back by the CMS as the file had it, but for what the form changed: a
 * desk's `# legal: cleared, do not cut` note, a field's place and `tags: [Local]` as written
 * survive a save that changed the summary. Without it, a save rewrote the whole front matter
 * from the form's data and dropped every comment in it.
 */
import { type Document, isMap, isScalar, parseDocument, stringify, type YAMLMap } from 'yaml';

/** How the CMS writes YAML: a long line is never folded, `[a, b]` keeps no padding. */
const WRITE = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Whether two values read from YAML are the same, whatever order a mapping's keys are in. */
function same(one: unknown, other: unknown): boolean {
  if (one === other) return true;
  if (Array.isArray(one) || Array.isArray(other)) {
    return (
      Array.isArray(one) &&
      Array.isArray(other) &&
      one.length === other.length &&
      one.every((item, at) => same(item, other[at]))
    );
  }
  if (!one || !other || typeof one !== 'object' || typeof other !== 'object') return false;
  const a = one as Record<string, unknown>;
  const b = other as Record<string, unknown>;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => key in b && same(a[key], b[key]))
  );
}

/** Whether `value` is a mapping of names to values (not a list, not a scalar). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The key of a mapping's entry, as text. */
function keyOf(pair: YAMLMap['items'][number]): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

/** Makes `map` hold `fields`: entries the form left as they were keep their node and comments. */
function edit(doc: Document, map: YAMLMap, fields: Record<string, unknown>): void {
  for (let at = map.items.length - 1; at >= 0; at--) {
    const pair = map.items[at]!;
    if (keyOf(pair) in fields) continue;
    // A note above a removed field stays, above the field that came after it.
    const note = isScalar(pair.key) ? pair.key.commentBefore : undefined;
    const next = map.items[at + 1];
    if (note && next && isScalar(next.key)) {
      next.key.commentBefore = next.key.commentBefore ? `${note}\n${next.key.commentBefore}` : note;
    } else if (note) {
      map.comment = map.comment ? `${note}\n${map.comment}` : note;
    }
    map.items.splice(at, 1);
  }
  for (const [key, value] of Object.entries(fields)) {
    const node = map.get(key, true);
    const was = node && typeof node === 'object' && 'toJSON' in node ? node.toJSON() : node;
    if (same(was, value)) continue;
    if (isMap(node) && isRecord(value)) edit(doc, node, value);
    else map.set(key, doc.createNode(value));
  }
}

/**
 * The YAML of `fields`, written over `source` (the front matter the file held, or undefined for
 * a new file): unchanged fields as they were written, changed ones in place, new ones after.
 */
export function keptYaml(source: string | undefined, fields: Record<string, unknown>): string {
  const empty = Object.keys(fields).length === 0;
  const doc = source === undefined ? undefined : parseDocument(source, { schema: 'core' });
  if (!doc || doc.errors.length || !isMap(doc.contents)) {
    return empty ? '' : stringify(fields, WRITE);
  }
  edit(doc, doc.contents, fields);
  const text = doc.toString(WRITE);
  return text.trim() === '{}' ? '' : text;
}
