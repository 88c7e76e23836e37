/**
 * Front-matter fields written below the closing `---`, where markdown prints them as the
 * story's text: `draft: true` there would publish the story with "draft: true" on its page.
 */
import type { FrontmatterSplit } from './frontmatter.ts';

/** A field line found in the body, by its 1-based file line. */
export interface StrayField {
  line: number;
  field: string;
  /** A `draft: true` line: the story is held. */
  holds?: true;
}

/** What of a file's body reads as front matter that missed the fences. */
export interface StrayFields {
  /** Field lines at the top of the body, and any `draft: true` line in it. */
  fields: StrayField[];
  /** Whether the body holds a `draft: true` line: the editor meant the story as a draft. */
  draft: boolean;
  /** The file line of the closing `---`. */
  fenceLine: number;
}

const FIELD_LINE = /^([a-z][A-Za-z0-9_]*)[ \t]*:(?:[ \t]|$)/;
/** `draft: true` (lower-cased first), in any spelling an editor might mean as "yes". */
const DRAFT_LINE = /^draft[ \t]*:[ \t]*(?:true|yes|on)[ \t]*(?:#.*)?$/;
const CODE_FENCE = /^ {0,3}(?:```|~~~)/;

/**
 * The lines of a file's body that are front-matter fields (`known`) in the wrong place: the
 * block of them at the top of the body (blank lines and their indented values included), and a
 * `draft: true` line anywhere outside code blocks.
 */
export function strayFields(split: FrontmatterSplit, known: readonly string[]): StrayFields {
  if (split.kind !== 'found') return { fields: [], draft: false, fenceLine: 0 };
  const names = new Set(known);
  const lines = split.body.split('\n');
  const fields: StrayField[] = [];
  let draft = false;
  let atTop = true;
  let inCode = false;
  lines.forEach((text, i) => {
    const line = split.bodyLine + i;
    if (CODE_FENCE.test(text)) inCode = !inCode;
    if (inCode) return;
    if (DRAFT_LINE.test(text.trim().toLowerCase())) {
      draft = true;
      fields.push({ line, field: 'draft', holds: true });
      return;
    }
    if (!atTop || text.trim() === '') return;
    // A field's indented value (`  - Floods` under `tags:`) belongs to the field above it.
    if (/^[ \t]/.test(text) && fields.length > 0) return;
    const name = FIELD_LINE.exec(text)?.[1];
    if (name !== undefined && names.has(name)) fields.push({ line, field: name });
    else atTop = false;
  });
  return { fields, draft, fenceLine: split.bodyLine - 1 };
}
