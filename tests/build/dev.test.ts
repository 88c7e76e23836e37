import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, deployerEnv, freePort } from './astroBuild.ts';

// A port no other server holds: on a busy one Astro takes the next, and the tests would read
// whatever else answers there.
let PORT = 0;
let URL_BASE = '';
let server: ChildProcess;
let log = '';
// A content folder the tests edit while the server runs.
const live = mkdtempSync(join(tmpdir(), 'dateline-live-'));
// A copy of the settings file the tests edit, inside the project, where the dev server watches.
const settingsDir = join(ROOT, '.e2e', `dev-settings-${process.pid}`);
const settingsFile = join(settingsDir, 'site.yaml');

/** Polls `check` until it holds, or fails after `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out; dev server said:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Whether any process of the group `pid` leads is still running. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A page's text as a reader sees it: tags dropped, HTML's escapes read. */
const shownText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const article = (title: string, date = '2025-01-01') =>
  `---\ntitle: ${title}\ndate: ${date}\n---\n\nBody.\n`;

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

beforeAll(async () => {
  PORT = await freePort();
  URL_BASE = `http://127.0.0.1:${PORT}`;
  // A file broken before the server starts: it must report it and serve every other article.
  writeFileSync(join(live, 'broken-at-start.md'), article('Broken at start', '2025-13-01'));
  mkdirSync(settingsDir, { recursive: true });
  writeFileSync(settingsFile, readFileSync(join(ROOT, 'content/site.yaml')));
  server = spawn(
    'npx',
    ['astro', 'dev', '--ignore-lock', '--port', String(PORT), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: deployerEnv({
        DATELINE_CONTENT: `content,tests/fixtures/site,${live}`,
        DATELINE_NOW: '2026-06-01T00:00:00Z',
        DATELINE_SETTINGS: settingsFile,
      }),
      detached: true,
    },
  );
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
});

afterAll(async () => {
  if (server.pid) {
    process.kill(-server.pid);
    // Its processes write Node's compile cache into the run's temporary folder as they exit:
    // the run's teardown removes that folder, so wait until the whole group is gone.
    await eventually(async () => !groupAlive(server.pid!), 15_000);
  }
  rmSync(live, { recursive: true, force: true });
  rmSync(settingsDir, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('starts with a broken file, reports it, and serves every other article', async () => {
    const index = await get('/');
    expect(index.status, log).toBe(200);
    expect(log).toContain('broken-at-start.md:3 date:');
    expect(index.text).toContain('draft that must not be published');
    // The page says what the terminal says, in the same words.
    expect(index.text).toContain('<aside role="alert"');
    expect(shownText(index.text)).toContain(
      'broken-at-start.md:3 date: "2025-13-01" is not a real date (there is no month 13: did you mean 2025-01-13?)',
    );
    unlinkSync(join(live, 'broken-at-start.md'));
  });

  it('folds a burst of changes (a git pull) into a few syncs, never one per file', async () => {
    await ready();
    const mark = log.length;
    const count = 120;
    for (let i = 0; i < count; i++) {
      writeFileSync(join(live, `burst-${i}.md`), article(`Burst fixture story ${i}`));
    }
    await eventually(async () => (await get('/articles/burst-119/')).status === 200, 60_000);
    const syncs = log.slice(mark).match(/\d+ published, \d+ drafts?, \d+ scheduled/g) ?? [];
    expect(syncs.length).toBeGreaterThan(0);
    expect(syncs.length).toBeLessThan(10);
    for (let i = 0; i < count; i++) unlinkSync(join(live, `burst-${i}.md`));
    await eventually(async () => (await get('/articles/burst-0/')).status === 404, 60_000);
  });

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

  it('shows an embargoed article, marked "Scheduled"', async () => {
    const index = await get('/');
    expect(index.text).toMatch(
      /embargoed until the day after the pinned now<\/a>\s*<span class="draft"[^>]*>Scheduled<\/span>/,
    );
    const page = await get('/articles/embargoed/');
    expect(page.text).toContain('Scheduled — not published');
  });

  it('picks up added, edited and deleted files without a restart, and reports errors while serving', async () => {
    const index = async () => (await get('/')).text;
    writeFileSync(join(live, 'live-story.md'), article('Live fixture first title'));
    await eventually(async () => (await index()).includes('Live fixture first title'));

    writeFileSync(join(live, 'live-story.md'), article('Live fixture edited title'));
    await eventually(async () => (await index()).includes('Live fixture edited title'));

    writeFileSync(join(live, 'broken.md'), article('Broken', '2025-02-30'));
    await eventually(async () =>
      log.includes('broken.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)'),
    );
    // The last good content keeps serving, and every page shows the error with it.
    const during = await get('/');
    expect(during.status).toBe(200);
    expect(during.text).toContain('Live fixture edited title');
    await eventually(async () =>
      shownText((await get('/articles/live-story/')).text).includes(
        'broken.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
      ),
    );

    unlinkSync(join(live, 'broken.md'));
    await eventually(async () => !(await index()).includes('role="alert"'));
    unlinkSync(join(live, 'live-story.md'));
    await eventually(async () => !(await index()).includes('Live fixture edited title'));
  });

  it('goes on running when the settings file is saved broken, and takes it up once fixed', async () => {
    expect((await get('/')).status).toBe(200);
    const good = readFileSync(settingsFile, 'utf8');
    const restarts = () => log.split('Restarting...').length;
    const before = restarts();
    writeFileSync(settingsFile, good.replace(/^timeZone:.*$/m, 'timeZone: Mars/Base'));
    await eventually(async () => restarts() > before, 30_000);
    // Told in the terminal at once, before any page is asked for.
    await eventually(async () => log.includes('Every page shows this until the file is fixed.'));
    // The pages say what is wrong, in the terminal and the browser, and the server stays up.
    // Refused while the server restarts: asked again until it answers.
    await eventually(
      async () => (await fetch(`${URL_BASE}/`).catch(() => undefined))?.status === 500,
      30_000,
    );
    expect(log).toContain('timeZone: "Mars/Base" is not an IANA time zone');
    expect(server.exitCode).toBeNull();
    writeFileSync(settingsFile, good);
    await eventually(
      async () => (await get('/')).text.includes('draft that must not be published'),
      60_000,
    );
    // A browser that connects is told to reload, not shown the error Vite held for it, once the
    // server has settled: the reload is sent a second after it listens, which on a loaded machine
    // can be after the first page is served, and replaces the error held till then.
    const held = () =>
      new Promise<string>((resolve, reject) => {
        const socket = new WebSocket(`ws://127.0.0.1:${PORT}/`, 'vite-hmr');
        const timer = setTimeout(
          () => reject(new Error(`no message; dev server said:\n${log}`)),
          10_000,
        );
        socket.onmessage = (event) => {
          const data = String(event.data);
          if (data.includes('"connected"')) return;
          clearTimeout(timer);
          socket.close();
          resolve(data);
        };
      });
    // Each message is held for one browser: a connection that takes it leaves none for the next.
    let told: unknown;
    await eventually(async () => {
      told = JSON.parse(await held());
      return (told as { type?: string }).type === 'full-reload';
    }, 20_000);
    expect(told).toEqual({ type: 'full-reload', path: '*' });
    // A story saved after the restart is seen (the CMS saves one next), and one removed goes.
    writeFileSync(join(live, 'after-restart.md'), article('Saved after a restart', '2025-05-01'));
    await eventually(async () => (await get('/articles/after-restart/')).status === 200, 30_000);
    unlinkSync(join(live, 'after-restart.md'));
    await eventually(
      async () => (await fetch(`${URL_BASE}/articles/after-restart/`)).status === 404,
      30_000,
    );
  });
});
