import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COMMON_HEADERS,
  ADMIN_OPENER_POLICY,
  adminPolicy,
  READING_POLICY,
  SEARCH_POLICY,
  NAMED_BY_DIGEST,
  headersFile,
  metaPolicy,
  pageFile,
  policyFor,
} from '../../src/lib/securityPolicy.ts';
import { netlifyHeaders } from '../hostRules.ts';

/** The headers Netlify sends for each path of a site under `base`, from the built `_headers`. */
async function served(base: string, editions: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-headers-'));
  await writeFile(join(dir, '_headers'), headersFile(base, editions));
  const headersOf = await netlifyHeaders(join(dir, '_headers'));
  return (path: string) => headersOf(path)['Content-Security-Policy'];
}

describe('headersFile', () => {
  it('gives every path under the base the reading policy, and each search page its own', async () => {
    const policy = await served('/', ['', 'es']);
    for (const path of [
      '/',
      '/404.html',
      '/nope/',
      '/articles/x/',
      '/topics/search/',
      '/es/',
      '/rss.xml',
    ]) {
      expect(policy(path), path).toBe(READING_POLICY);
    }
    for (const path of [
      '/search/',
      '/search/?q=x',
      '/es/search/',
      '/pagefind/pagefind-worker.js',
    ]) {
      expect(policy(path), path).toBe(SEARCH_POLICY);
    }
  });

  it('writes every rule under the base path, and sends the common headers everywhere', async () => {
    const text = headersFile('/news/', [''], adminPolicy([]), ['photos', 'cards']);
    expect(text.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      '/news/*',
      '/news/search/*',
      '/news/pagefind/*',
      '/news/photos/*',
      '/news/cards/*',
      '/news/admin/*',
    ]);
    const dir = await mkdtemp(join(tmpdir(), 'dateline-headers-'));
    await writeFile(join(dir, '_headers'), text);
    const headers = (await netlifyHeaders(join(dir, '_headers')))('/news/rss.xml');
    for (const [name, value] of COMMON_HEADERS) expect(headers[name], name).toBe(value);
  });

  it('lets browsers keep made photos and drawn cards a year, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-headers-'));
    await writeFile(
      join(dir, '_headers'),
      headersFile('/news/', ['', 'es'], adminPolicy([]), ['photos', 'cards']),
    );
    const headersOf = await netlifyHeaders(join(dir, '_headers'));
    for (const path of [
      '/news/photos/pier-640x427-1a2b3c4d5e.avif',
      '/news/cards/storm-0a1b.png',
    ]) {
      expect(headersOf(path)['Cache-Control'], path).toBe(NAMED_BY_DIGEST);
    }
    for (const path of [
      '/news/',
      '/news/articles/x/',
      '/news/rss.xml',
      '/news/pagefind/pagefind.js',
    ]) {
      expect(headersOf(path)['Cache-Control'], path).toBeUndefined();
    }
  });

  it('detaches the reading policy before a search rule sets its own, for Cloudflare Pages', () => {
    expect(headersFile('/', ['es'])).toContain(
      `/es/search/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${SEARCH_POLICY}\n`,
    );
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

describe('the CMS policy', () => {
  it('lets no inline script run: Decap makes a story body’s HTML into elements in the editor’s page', () => {
    // Off screen, as it reads the body: an `<img onerror>` there is stopped by this policy alone.
    const script = adminPolicy([])
      .split('; ')
      .find((part) => part.startsWith('script-src '))!;
    expect(script.split(' ').slice(1).sort()).toEqual([
      "'self'",
      "'unsafe-eval'",
      "'wasm-unsafe-eval'",
    ]);
    expect(adminPolicy([])).toContain("default-src 'none'");
  });

  it('detaches the reading policy at /admin/ and sets its own, with noindex', () => {
    const text = headersFile('/news/', [''], adminPolicy(['https://api.github.com']));
    const rule = text.slice(text.indexOf('/news/admin/*'));
    expect(rule).toContain('! Content-Security-Policy');
    expect(rule).toContain("connect-src 'self' blob: https://api.github.com");
    expect(rule).toContain('X-Robots-Tag: noindex');
    // The reading policy itself is unchanged.
    expect(text).toContain(`Content-Security-Policy: ${READING_POLICY}`);
  });

  it('keeps the link to the sign-in window the CMS opens, on both hosts', async () => {
    const text = headersFile('/news/', ['']);
    // Cloudflare Pages joins a later rule's value to the earlier one's unless it is detached.
    expect(text.slice(text.indexOf('/news/admin/*'))).toContain(
      `  ! Cross-Origin-Opener-Policy\n  Cross-Origin-Opener-Policy: ${ADMIN_OPENER_POLICY}\n`,
    );
    const dir = await mkdtemp(join(tmpdir(), 'dateline-headers-'));
    await writeFile(join(dir, '_headers'), text);
    const headersOf = await netlifyHeaders(join(dir, '_headers'));
    expect(headersOf('/news/admin/')['Cross-Origin-Opener-Policy']).toBe(ADMIN_OPENER_POLICY);
    expect(headersOf('/news/')['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(text).toContain(`Content-Security-Policy: ${READING_POLICY}`);
  });
});
