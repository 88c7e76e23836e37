import { describe, expect, it } from 'vitest';
import { FRONTMATTER_FIELDS } from '../../src/content/articleSchema.ts';
import { OTHER_NAMES, heldByOtherName } from '../../src/content/otherNames.ts';

describe('OTHER_NAMES', () => {
  it('maps only names Dateline does not read, each to a field it does', () => {
    for (const [name, field] of Object.entries(OTHER_NAMES)) {
      expect(FRONTMATTER_FIELDS, name).not.toContain(name);
      expect(FRONTMATTER_FIELDS, name).toContain(field);
    }
  });
});

describe('heldByOtherName', () => {
  it("finds Jekyll's published: false and a CMS's status: draft", () => {
    expect(heldByOtherName({ published: false })).toBe('published');
    expect(heldByOtherName({ published: 'no' })).toBe('published');
    expect(heldByOtherName({ status: ' Draft ' })).toBe('status');
    expect(heldByOtherName({ status: 'private' })).toBe('status');
  });

  it('finds a field that holds a story back when true, as habit writes it', () => {
    expect(heldByOtherName({ unpublished: true })).toBe('unpublished');
    expect(heldByOtherName({ hidden: 'yes' })).toBe('hidden');
    expect(heldByOtherName({ private: true })).toBe('private');
    expect(heldByOtherName({ publish: false })).toBe('publish');
    expect(heldByOtherName({ hidden: false, unpublished: 'no', publish: true })).toBeUndefined();
  });

  it('finds nothing in a story going out', () => {
    expect(heldByOtherName({})).toBeUndefined();
    expect(heldByOtherName({ published: true, status: 'published' })).toBeUndefined();
  });
});
