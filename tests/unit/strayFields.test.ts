import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { strayFields } from '../../src/content/strayFields.ts';

const KNOWN = ['title', 'date', 'tags', 'draft', 'summary', 'source'];
const stray = (text: string) => strayFields(splitFrontmatter(text), KNOWN);

describe('strayFields', () => {
  it('finds nothing in a body of prose', () => {
    expect(stray('---\ntitle: T\n---\nThe storm reached the coast.\n')).toEqual({
      fields: [],
      draft: false,
      fenceLine: 3,
    });
  });

  it('finds draft: true just below the closing fence, and calls the story a draft', () => {
    expect(stray('---\ntitle: T\n---\ndraft: true\n\nBody.\n')).toEqual({
      fields: [{ line: 4, field: 'draft', holds: true }],
      draft: true,
      fenceLine: 3,
    });
  });

  it('finds draft: true anywhere in the body, in any case, a comment after it or not', () => {
    const text = '---\ntitle: T\n---\nBody.\n\nMore.\n\nDraft: Yes # hold it\n';
    expect(stray(text)).toMatchObject({
      fields: [{ line: 8, field: 'draft', holds: true }],
      draft: true,
    });
  });

  it('finds the block of fields at the top of the body, with their indented values', () => {
    const text =
      '---\ntitle: T\n---\n\ndate: 2025-01-01\ntags:\n  - Floods\n\nsummary: S.\nBody.\ntags: x\n';
    expect(stray(text).fields).toEqual([
      { line: 5, field: 'date' },
      { line: 6, field: 'tags' },
      { line: 9, field: 'summary' },
    ]);
    expect(stray(text).draft).toBe(false);
  });

  it('leaves prose that only starts like a field, and unknown or capitalised names', () => {
    expect(stray('---\ntitle: T\n---\nSource: Reuters\n').fields).toEqual([]);
    expect(stray('---\ntitle: T\n---\nnote: the mayor spoke\n').fields).toEqual([]);
    expect(stray('---\ntitle: T\n---\nsource:reuters\n').fields).toEqual([]);
  });

  it('leaves a draft: true line inside a code block', () => {
    const text = '---\ntitle: T\n---\nWrite this:\n\n```yaml\ndraft: true\n```\n';
    expect(stray(text)).toMatchObject({ fields: [], draft: false });
  });

  it('leaves draft: false below the fence alone unless it tops the body', () => {
    expect(stray('---\ntitle: T\n---\nBody.\ndraft: false\n').fields).toEqual([]);
    expect(stray('---\ntitle: T\n---\ndraft: false\nBody.\n')).toMatchObject({
      fields: [{ line: 4, field: 'draft' }],
      draft: false,
    });
  });

  it('finds nothing in a file without fences', () => {
    expect(stray('draft: true\n')).toEqual({ fields: [], draft: false, fenceLine: 0 });
  });
});
