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
const csp = (path: string) =>
  headersFor(shipped, path).filter(([name]) => name === 'Content-Security-Policy');

describe('_headers', () => {
  it('matches exact paths and splats', () => {
    expect(matchesPattern('/articles/*', '/articles/x/')).toBe(true);
    expect(matchesPattern('/articles/*', '/archive/')).toBe(false);
    expect(matchesPattern('/', '/')).toBe(true);
    expect(matchesPattern('/', '/page/2/')).toBe(false);
    expect(matchesPattern('/*', '/anything.xml')).toBe(true);
  });

  it('gives every page exactly one CSP, and lets only /search/ run scripts', () => {
    for (const path of [
      '/',
      '/index.html',
      '/page/2/',
      '/articles/x/',
      '/topics/',
      '/topics/x/page/2/',
      '/archive/2025/04/',
      '/404.html',
    ]) {
      expect(csp(path), path).toHaveLength(1);
      expect(csp(path)[0]![1], path).toContain("default-src 'none'");
      expect(csp(path)[0]![1], path).not.toContain('script-src');
    }
    expect(csp('/search/')).toHaveLength(1);
    expect(csp('/search/')[0]![1]).toContain("script-src 'self' 'wasm-unsafe-eval'");
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
