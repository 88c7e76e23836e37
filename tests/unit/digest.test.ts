import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestOf, sealed, stableJson } from '../../src/lib/digest.ts';

describe('stableJson', () => {
  it('orders object keys, at every depth, and leaves arrays in order', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
  });

  it('drops undefined members, as JSON does', () => {
    expect(stableJson({ a: undefined, b: 1 })).toBe(stableJson({ b: 1 }));
  });

  it('writes what JSON with a key-sorting replacer writes, byte for byte', () => {
    // The text every cache key and made file's name was taken from before the sorted copy:
    // the same text keeps every cached page, card and photo.
    const sortingReplacer = (value: unknown) =>
      JSON.stringify(value, (_key, inner: unknown) => {
        if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
        const sorted: Record<string, unknown> = {};
        for (const key of Object.keys(inner).sort())
          sorted[key] = (inner as Record<string, unknown>)[key];
        return sorted;
      });
    const values: unknown[] = [
      { b: 1, a: [1, undefined, () => 1, null, Number.NaN, -0], '10': 'ten', '9': 'nine', '01': 0 },
      { when: new Date(Date.UTC(2025, 0, 2)), nested: { z: { y: [{ b: 2, a: 1 }] } } },
      { text: 'quotes " and \\ and \u2028 and é and 🙂', empty: {}, list: [] },
      { map: new Map([['a', 1]]), set: new Set([1]), fn: () => 1, sym: Symbol('s') },
      { toJSON: () => ({ b: 1, a: 2 }) },
      [[{ d: 1, c: [{ f: 1, e: 2 }] }], 'x', 3.5, true, false],
      'a string',
      42,
      null,
    ];
    for (const value of values) expect(stableJson(value)).toBe(sortingReplacer(value));
  });
});

describe('digestOf', () => {
  it('gives the same digest for equal data however its fields were assigned', () => {
    expect(digestOf({ title: 'A', tags: ['x'] })).toBe(digestOf({ tags: ['x'], title: 'A' }));
  });

  it('changes with any visible change, and with how the parts are split', () => {
    const base = digestOf({ title: 'A', tags: ['x'] });
    expect(digestOf({ title: 'B', tags: ['x'] })).not.toBe(base);
    expect(digestOf({ title: 'A', tags: ['x', 'y'] })).not.toBe(base);
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
    expect(digestOf('a')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the SHA-256 of each part as text, each ended by a NUL', () => {
    // Made photos and cards are named by these digests: a change here remakes them all.
    const text = 'a\u00001\u0000{"a":"1970-01-01T00:00:00.000Z","b":[1,null]}\u0000';
    expect(digestOf('a', 1, { b: [1, undefined], a: new Date(0) })).toBe(
      createHash('sha256').update(text).digest('hex'),
    );
    expect(digestOf('a', 1, { b: [1, undefined], a: new Date(0) })).toBe(
      '2c06e5faa3df7e53db9eb78994ca0d682d472e8981d12edbe150eac12f90ddb5',
    );
  });
});

describe('sealed', () => {
  const teaser = () => ({ title: 'A', people: [{ name: 'B' }], thumbnail: { sizes: [1, 2] } });

  it('is written as its digest, so a key covering it many times takes its text once', () => {
    const shown = sealed(teaser());
    expect(stableJson({ items: [shown, shown] })).toBe(
      stableJson({ items: [{ sealed: digestOf(teaser()) }, { sealed: digestOf(teaser()) }] }),
    );
  });

  it('keys what it holds: another teaser gives another text', () => {
    const page = (title: string) => digestOf({ items: [sealed({ ...teaser(), title })] });
    expect(page('A')).toBe(page('A'));
    expect(page('A')).not.toBe(page('C'));
  });

  it('is frozen to its depth, so it cannot change from what its digest says', () => {
    const shown = sealed(teaser());
    expect(() => {
      shown.people[0]!.name = 'C';
    }).toThrow(TypeError);
    expect(() => shown.thumbnail.sizes.push(3)).toThrow(TypeError);
  });
});
