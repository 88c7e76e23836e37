import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_OPENER_POLICY,
  NAMED_BY_DIGEST,
  READING_POLICY,
  SEARCH_POLICY,
  adminPolicy,
} from '../../src/lib/securityPolicy.ts';
import { SEED_ARTICLE } from '../fixtures/seed.ts';
import { netlifyHeaders, netlifyRedirects } from '../hostRules.ts';
import { ROOT, astroBuild, freePort, temporaryFolders } from './astroBuild.ts';

/**
 * What real hosts serve of a build, by their own tooling: Cloudflare Pages through
 * `wrangler pages dev` (its `_headers`, `_redirects` and not-found rules, offline), Netlify
 * through its own parsers of the same files. Under no base path, and under one (/news/), as a
 * deployer uploads `dist/` to the host's root.
 */
const folder = temporaryFolders();

/** Serves `dir` as Cloudflare Pages would, until stopped. */
async function cloudflarePages(
  dir: string,
): Promise<{ origin: string; stop: () => void; log: () => string }> {
  const [port, inspector] = [await freePort(), await freePort()];
  const wrangler = join(ROOT, 'node_modules/.bin/wrangler');
  let output = '';
  const child: ChildProcess = spawn(
    wrangler,
    [
      'pages',
      'dev',
      dir,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspector),
      // Its runtime refuses a date later than its own release.
      '--compatibility-date',
      '2025-01-01',
    ],
    {
      cwd: folder('wrangler-state'),
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(origin, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`wrangler pages dev did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { origin, stop: () => child.kill(), log: () => output };
}

describe.each(['/', '/news/'])('what hosts serve of a site under %s', (base) => {
  const upload = folder('hosts-dist');
  let server: Awaited<ReturnType<typeof cloudflarePages>>;

  beforeAll(async () => {
    const run = astroBuild({
      SITE_URL: 'https://news.example.com',
      BASE_PATH: base,
      DATELINE_CONTENT: 'content,tests/fixtures/site,tests/fixtures/translations',
      DATELINE_OUT_DIR: upload,
      DATELINE_NOW: '2026-06-01T00:00:00Z',
    });
    if (run.status !== 0) throw new Error(run.output);
    server = await cloudflarePages(upload);
  }, 240_000);

  afterAll(() => server?.stop());

  /** What Cloudflare Pages answers for a path under the base, without following a redirect. */
  const get = (path: string) => fetch(`${server.origin}${base}${path}`, { redirect: 'manual' });

  const pages = [
    '',
    'page/2/',
    `articles/${SEED_ARTICLE.slug}/`,
    'topics/',
    'topics/us-military/',
    'archive/',
    'archive/2025/',
    'archive/2025/04/',
    'authors/first-author/',
    'authors/',
    'es/',
    'es/articles/lectura-larga/',
    '404.html',
    'rss.xml',
  ];

  it('sends every page type, feed and not-found answer the reading policy, once', async () => {
    for (const path of [...pages, 'no-such-page/', 'articles/no-such-story/']) {
      const response = await get(path);
      expect(response.headers.get('content-security-policy'), path).toBe(READING_POLICY);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it("sends each language's search page and Pagefind's files their own policy alone, which lets Pagefind run", async () => {
    for (const path of [
      'search/',
      'es/search/',
      'pagefind/pagefind-ui.js',
      'pagefind/2025/pagefind-worker.js',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(SEARCH_POLICY);
    }
  });

  it('lets browsers keep a drawn card a year (its name changes with it), and no page', async () => {
    const card = readdirSync(join(upload, base, 'cards')).find((name) => name.endsWith('.png'))!;
    const response = await get(`cards/${card}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(NAMED_BY_DIGEST);
    expect((await get('articles/long-read/')).headers.get('cache-control')).not.toBe(
      NAMED_BY_DIGEST,
    );
  });

  it('lets the CMS at /admin/ keep the sign-in window it opens, under its own policy alone', async () => {
    for (const path of ['admin/', 'admin/config.yml']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      // One value each: the site's own, joined to it, would cut the link and block the CMS.
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe(ADMIN_OPENER_POLICY);
      expect(response.headers.get('content-security-policy'), path).toBe(
        adminPolicy(['https://api.github.com']),
      );
    }
    const headersOf = await netlifyHeaders(join(upload, '_headers'));
    expect(headersOf(`${base}admin/`)['Cross-Origin-Opener-Policy']).toBe(ADMIN_OPENER_POLICY);
    expect((await get('')).headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('answers an old URL of a moved story with a 301 to the story', async () => {
    for (const [from, to] of [
      ['articles/old-long-read-address/', 'articles/long-read/'],
      ['es/articles/direccion-antigua/', 'es/articles/lectura-larga/'],
    ]) {
      const response = await get(from!);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(`${base}${to}`);
    }
    // The page GitHub Pages serves there instead sends readers on too.
    expect(existsSync(join(upload, base, 'articles/old-long-read-address/index.html'))).toBe(true);
  });

  it("answers a missing page with a 404 and the site's page, a missing Spanish one in Spanish", async () => {
    const missing = await get('no-such-page/');
    expect(missing.status).toBe(404);
    const page = await missing.text();
    expect(page).toMatch(/<html lang="en"[^>]*>.*<h1>Page not found<\/h1>/s);
    // Kept out of search engines, and naming no URL of its own (there is none).
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toMatch(/og:url|rel="canonical"/);
    const spanish = await get('es/articles/no-existe/');
    expect(spanish.status).toBe(404);
    expect(await spanish.text()).toMatch(/<html lang="es"/);
  });

  it('never serves _headers or _redirects as files', async () => {
    for (const path of [`${base}_headers`, `${base}_redirects`, '/_headers', '/_redirects']) {
      const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
      const text = await response.text();
      expect(response.status === 200 && /Content-Security-Policy|301/.test(text), path).toBe(false);
    }
  });

  it('gives Netlify the same: the policies, a forced 301 before the page there, and each language its 404', async () => {
    const headersOf = await netlifyHeaders(join(upload, '_headers'));
    for (const path of [...pages, 'no-such-page/']) {
      expect(headersOf(`${base}${path}`)['Content-Security-Policy'], path).toBe(READING_POLICY);
    }
    expect(headersOf(`${base}es/search/`)['Content-Security-Policy']).toBe(SEARCH_POLICY);
    const rules = await netlifyRedirects(join(upload, '_redirects'));
    // The first rule Netlify meets for a path: an exact one, or a splat that covers it.
    const first = (path: string) =>
      rules.find((rule) =>
        rule.from.endsWith('*')
          ? `${base}${path}`.startsWith(rule.from.slice(0, -1))
          : rule.from === `${base}${path}`,
      );
    expect(first('articles/old-long-read-address/')).toEqual({
      from: `${base}articles/old-long-read-address/`,
      to: `${base}articles/long-read/`,
      status: 301,
      force: true,
    });
    expect(first('es/articles/no-existe/')).toEqual({
      from: `${base}es/*`,
      to: `${base}es/404.html`,
      status: 404,
      force: false,
    });
    expect(existsSync(join(upload, base, 'es/404.html'))).toBe(true);
  });
});
