import { describe, expect, it } from 'vitest';
import { decapSlug } from '../../src/cms/decapSlug.ts';

describe('decapSlug', () => {
  it('names a file as Decap does: a curly apostrophe is a hyphen, a straight one is dropped', () => {
    expect(decapSlug('Mayor’s plan wins')).toBe('mayor-s-plan-wins');
    expect(decapSlug("Mayor's plan wins")).toBe('mayors-plan-wins');
    expect(decapSlug('  Café déjà vu: 3.5% rise!  ')).toBe('cafe-deja-vu-3-5-rise');
  });
});
