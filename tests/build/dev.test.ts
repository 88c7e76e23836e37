import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, deployerEnv } from './astroBuild.ts';

const PORT = 4341;
const URL_BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let log = '';

/** Waits until the dev server says it is watching, with its content synced. */
async function ready(): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (!log.includes('watching for file changes')) {
    if (Date.now() > deadline) throw new Error(`dev server did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Fetches a page from the dev server, retrying while its routes are still being set up. */
async function get(path: string): Promise<{ status: number; text: string }> {
  await ready();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(URL_BASE + path, { headers: { accept: 'text/html' } });
    const result = { status: response.status, text: await response.text() };
    if (result.status === 200 || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(() => {
  server = spawn('npx', ['astro', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: deployerEnv({ DATELINE_CONTENT: 'content,tests/fixtures/site' }),
    detached: true,
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
});

afterAll(() => {
  if (server.pid) process.kill(-server.pid);
});

describe('astro dev', () => {
  it('shows drafts, marked "Draft", so editors can preview them', async () => {
    const index = await get('/');
    expect(index.status, log).toBe(200);
    expect(index.text).toMatch(
      /draft that must not be published<\/a>\s*<span class="draft"[^>]*>Draft<\/span>/,
    );
    const page = await get('/articles/draft/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Draft — not published');
  });
});
