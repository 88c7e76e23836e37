/** The articles already in the content folders, for the editors' tools that add more. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { digestOf } from '../lib/digest.ts';
import { slugFromPath } from '../lib/slugs.ts';
import { bodyOf } from './frontmatter.ts';
import type { ParseSettings } from './validate.ts';
import { validateContent } from './validateTree.ts';

/** The articles already in the content folders, for tools that add more. */
export interface ExistingArticles {
  /** Each slug in use and the file that has it (a file with errors: the slug of its name). */
  slugs: Map<string, string>;
  /** Each body's digest (its markdown, trimmed) and the file that has it. */
  bodies: Map<string, string>;
}

/** Reads which slugs and bodies the content folders hold, as the build would see them. */
export async function existingArticles(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
): Promise<ExistingArticles> {
  const existing = dirs.filter((dir) => existsSync(resolve(root, dir)));
  const report = await validateContent(root, existing, settings);
  const slugs = new Map<string, string>();
  const bodies = new Map<string, string>();
  for (const article of report.valid) {
    slugs.set(article.slug, article.file);
    bodies.set(bodyDigest(article.text), article.file);
  }
  const named = new Set(report.valid.map((article) => article.file));
  for (const file of report.files) {
    if (named.has(file)) continue;
    const slug = slugFromPath(file);
    if (slug && !slugs.has(slug)) slugs.set(slug, file);
  }
  return { slugs, bodies };
}

/** A digest of an article's body, to tell the same story under another headline. */
export function bodyDigest(markdownFile: string): string {
  return digestOf(bodyOf(markdownFile).trim());
}
