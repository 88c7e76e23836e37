import { describe, expect, it } from 'vitest';
import { digestOf, stableJson } from '../../src/lib/digest.ts';

describe('stableJson', () => {
  it('orders object keys, at every depth, and leaves arrays in order', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
  });

  it('drops undefined members, as JSON does', () => {
    expect(stableJson({ a: undefined, b: 1 })).toBe(stableJson({ b: 1 }));
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
});
