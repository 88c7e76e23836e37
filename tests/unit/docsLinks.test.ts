import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const GUIDES = ['README.md', ...readdirSync(join(ROOT, 'docs')).map((file) => `docs/${file}`)]
  .filter((file) => file.endsWith('.md'))
  .sort();

/** A guide's text without its code blocks, whose `# lines` are no headings. */
const text = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');

/** A guide's text without its code blocks and code spans, where links are examples. */
const prose = (file: string) => text(file).replace(/`[^`\n]*`/g, '');

/** The anchors GitHub gives a guide's headings. */
function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const headings = text(file).match(/^#{1,6} .+$/gm) ?? [];
  return new Set(headings.map((heading) => slugger.slug(heading.replace(/^#+ /, ''))));
}

describe('the guides', () => {
  it.each(GUIDES)('%s links only to guides and headings that are there', (file) => {
    const broken: string[] = [];
    for (const [, target] of prose(file).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue;
      const [path, hash] = target!.split('#') as [string, string | undefined];
      if (path !== '' && !path.endsWith('.md')) continue;
      const linked = path === '' ? file : normalize(join(dirname(file), path));
      if (!GUIDES.includes(linked)) broken.push(`${target}: no such guide`);
      else if (hash !== undefined && !anchorsOf(linked).has(hash)) {
        broken.push(`${target}: ${linked} has no heading #${hash}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
