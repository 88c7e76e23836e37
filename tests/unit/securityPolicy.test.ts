import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headersFile.ts';
import {
  READING_POLICY,
  SEARCH_POLICY,
  metaPolicy,
  pageFile,
  policyFor,
  policyRules,
} from '../../src/lib/securityPolicy.ts';

const pages = [
  'index.html',
  '404.html',
  'page/2/index.html',
  'articles/x/index.html',
  'topics/index.html',
  'topics/x/page/2/index.html',
  'archive/2025/04/index.html',
  'authors/jane/index.html',
  'search/index.html',
];
const rules = parseHeadersFile(policyRules(pages));
const csp = (path: string) =>
  headersFor(rules, path).filter(([name]) => name === 'Content-Security-Policy');

describe('policyRules', () => {
  it('gives every page exactly one policy, a new route folder included', () => {
    for (const path of [
      '/',
      '/index.html',
      '/404.html',
      '/page/2/',
      '/articles/x/',
      '/topics/',
      '/topics/x/page/2/',
      '/archive/2025/04/',
      '/authors/jane/',
    ]) {
      expect(csp(path), path).toEqual([['Content-Security-Policy', READING_POLICY]]);
    }
    expect(csp('/search/')).toEqual([['Content-Security-Policy', SEARCH_POLICY]]);
  });

  it("gives an edition's pages the same rules one level down, its search page included", () => {
    const withEditions = parseHeadersFile(
      policyRules(
        [
          ...pages,
          'es/index.html',
          'es/articles/x/index.html',
          'es/search/index.html',
          'topics/search/index.html',
        ],
        ['', 'es'],
      ),
    );
    const policies = (path: string) =>
      headersFor(withEditions, path)
        .filter(([name]) => name === 'Content-Security-Policy')
        .map(([, value]) => value);
    expect(policies('/es/')).toEqual([READING_POLICY]);
    expect(policies('/es/articles/x/')).toEqual([READING_POLICY]);
    expect(policies('/es/search/')).toEqual([SEARCH_POLICY]);
    expect(policies('/search/')).toEqual([SEARCH_POLICY]);
    // A topic that happens to be called "search" is a reading page like any other.
    expect(policies('/topics/search/')).toEqual([READING_POLICY]);
  });

  it('lets only the search page run scripts', () => {
    expect(READING_POLICY).not.toContain('script-src');
    expect(READING_POLICY).toContain("default-src 'none'");
    expect(SEARCH_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe('policyFor and pageFile', () => {
  it('finds a page file from its URL under the base, and its policy', () => {
    expect(pageFile('/news/search/', '/news/')).toBe('search/index.html');
    expect(pageFile('/', '/')).toBe('index.html');
    expect(pageFile('/404.html', '/')).toBe('404.html');
    expect(policyFor('search/index.html')).toBe(SEARCH_POLICY);
    expect(policyFor('search.html')).toBe(READING_POLICY);
    expect(policyFor('articles/search/index.html')).toBe(READING_POLICY);
  });
});

describe('metaPolicy', () => {
  it('leaves out what a meta policy cannot carry, and keeps the rest', () => {
    expect(metaPolicy(READING_POLICY)).toBe(
      "default-src 'none'; connect-src 'self'; img-src 'self' https:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self'",
    );
  });
});
