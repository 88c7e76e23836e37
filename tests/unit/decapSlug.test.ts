import { describe, expect, it } from 'vitest';
import { NAMED_FROM, STORY_SLUG, decapSlug } from '../../src/cms/decapSlug.ts';

describe('decapSlug', () => {
  it('names a file as Decap does: a curly apostrophe is a hyphen, a straight one is dropped', () => {
    expect(decapSlug('Mayor’s plan wins')).toBe('mayor-s-plan-wins');
    expect(decapSlug("Mayor's plan wins")).toBe('mayors-plan-wins');
    expect(decapSlug('  Café déjà vu: 3.5% rise!  ')).toBe('cafe-deja-vu-3-5-rise');
  });

  it('names a file from the first 200 characters of a long headline, as the slug template cuts it', () => {
    const long = `${'Council votes on the harbour plan after a long night of debate '.repeat(5)}`;
    expect(long.length).toBeGreaterThan(300);
    const named = decapSlug(long);
    expect(named.length).toBeLessThanOrEqual(NAMED_FROM);
    expect(long.toLowerCase().replace(/ /g, '-').startsWith(named)).toBe(true);
    // The template's filter (lodash's truncate) keeps 200 characters and adds its ending.
    expect(STORY_SLUG).toBe("{{slug | truncate(200, '-')}}");
    expect(decapSlug(`${long.slice(0, NAMED_FROM)}-`)).toBe(named);
    expect(decapSlug('A'.repeat(NAMED_FROM + 1))).toBe('a'.repeat(NAMED_FROM + 1));
  });
});
