import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  headersFor,
  matchesPattern,
  parseHeadersFile,
  rebaseHeadersFile,
} from '../../src/lib/headersFile.ts';

const shipped = parseHeadersFile(
  readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'),
);

describe('_headers', () => {
  it('matches exact paths and splats', () => {
    expect(matchesPattern('/articles/*', '/articles/x/')).toBe(true);
    expect(matchesPattern('/articles/*', '/archive/')).toBe(false);
    expect(matchesPattern('/', '/')).toBe(true);
    expect(matchesPattern('/', '/page/2/')).toBe(false);
    expect(matchesPattern('/*', '/anything.xml')).toBe(true);
  });

  it('sends nosniff, a referrer policy and a permissions policy everywhere', () => {
    const names = headersFor(shipped, '/rss.xml').map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
  });

  it('moves every rule under a base path', () => {
    const rebased = parseHeadersFile(
      rebaseHeadersFile('/*\n  A: 1\n/articles/*\n  B: 2\n', '/news/'),
    );
    expect(rebased.map((rule) => rule.pattern)).toEqual(['/news/*', '/news/articles/*']);
    expect(headersFor(rebased, '/news/articles/x/')).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
  });

  it('refuses a header line outside a rule', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow('a header line outside a rule');
  });
});
