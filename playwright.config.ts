import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { AUDIT_DEBUG_PORT } from './tests/e2e/auditPort.ts';

/**
 * Which Chromium to drive: Playwright's own when installed, else `CHROMIUM_PATH`, else Debian's
 * `/usr/bin/chromium`. With none, stop with one line that says how to get one.
 */
function chromiumExecutable(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  console.error(
    'No Chromium found: run `npx playwright install chromium`, or `apt-get install chromium`, or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

const PORT = 4329;
/** A second site, in Arabic: right to left, with every word of the interface in Arabic. */
const ARABIC_PORT = 4330;
/**
 * A third, in English with stories in Spanish and Arabic too (an edition per language), a
 * photo story whose photos the tests draw, and a month of newer stories with photos, profiles
 * and portraits in four sections: a newsroom's front page.
 */
const EXTRAS_PORT = 4331;
/** The CMS (`npm run cms`: the dev server and decap-server) over a scratch content folder. */
const CMS_PORT = 4332;
const CMS_BACKEND_PORT = 8082;

// The site under test: the real content, the fixtures and a generated corpus, built on a Los
// Angeles clock with a pinned "now".
const buildEnv = {
  ASTRO_TELEMETRY_DISABLED: '1',
  TZ: 'America/Los_Angeles',
  DATELINE_CONTENT: 'content,tests/fixtures/site,.e2e/corpus',
  DATELINE_OUT_DIR: '.e2e/dist',
  DATELINE_NOW: '2026-06-01T00:00:00Z',
  DATELINE_SECTIONS: 'Politics,Economy',
  SITE_URL: `http://127.0.0.1:${PORT}`,
};

/** The scratch content folder the CMS test writes to (see tests/fixtures/cmsSite.ts). */
export const CMS_CONTENT = '.e2e/cms/content';

/** The browser: the one chromiumExecutable finds, kept on this machine. */
const LAUNCH = {
  executablePath: chromiumExecutable(),
  // Keep the browser on this machine: no lookups or background traffic to outside hosts.
  args: [
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'list' : [['list']],
  // Screenshot baselines are made on this kind of machine (Debian's Chromium and fonts) and
  // committed; a few antialiased pixels may differ, a moved block may not.
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.005, animations: 'disabled', caret: 'hide' } },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'America/Los_Angeles',
    javaScriptEnabled: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(?:arabic|languages|photos|design|audit|cms)\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: LAUNCH,
      },
    },
    {
      name: 'arabic',
      testMatch: /arabic\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${ARABIC_PORT}`,
        launchOptions: LAUNCH,
      },
    },
    {
      name: 'extras',
      testMatch: /(?:languages|photos|design)\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${EXTRAS_PORT}`,
        launchOptions: LAUNCH,
      },
    },
    {
      name: 'cms',
      testMatch: /cms\.spec\.ts$/,
      // Decap redraws its form and preview after the dev server answers, which beside the other
      // projects on two cores can take longer than the usual 5 s.
      expect: { timeout: 10_000 },
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${CMS_PORT}`,
        launchOptions: LAUNCH,
      },
    },
    {
      // Lighthouse over the extras site (photos, translations), after every other project so
      // that nothing else runs while it measures; its browser opens the DevTools port for it.
      name: 'audit',
      testMatch: /audit\.spec\.ts$/,
      dependencies: ['chromium', 'arabic', 'extras', 'cms'],
      use: {
        baseURL: `http://127.0.0.1:${EXTRAS_PORT}`,
        launchOptions: {
          ...LAUNCH,
          args: [...LAUNCH.args, `--remote-debugging-port=${AUDIT_DEBUG_PORT}`],
        },
      },
    },
  ],
  webServer: [
    {
      // 45 generated articles on top of the fixtures, so every list has several pages.
      command: `node src/cli/corpus.ts .e2e/corpus 45 && npx astro build && npx astro preview --ignore-lock --port ${PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      env: buildEnv,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx astro build && npx astro preview --ignore-lock --port ${ARABIC_PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${ARABIC_PORT}/`,
      env: {
        ...buildEnv,
        DATELINE_LANG: 'ar',
        DATELINE_CONTENT: 'content,tests/fixtures/site',
        DATELINE_OUT_DIR: '.e2e/dist-ar',
        DATELINE_CACHE_DIR: '.e2e/cache-ar',
        SITE_URL: `http://127.0.0.1:${ARABIC_PORT}`,
      },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node tests/fixtures/photoStory.ts .e2e/photos && node src/cli/corpus.ts .e2e/front 24 --photos --newsroom --from=2026-03-01 --days=80 && npx astro build && npx astro preview --ignore-lock --port ${EXTRAS_PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${EXTRAS_PORT}/`,
      env: {
        ...buildEnv,
        DATELINE_CONTENT:
          'content,tests/fixtures/site,tests/fixtures/translations,.e2e/photos,.e2e/front',
        DATELINE_SECTIONS: 'Economy,Health,Technology,Energy',
        DATELINE_OUT_DIR: '.e2e/dist-extras',
        DATELINE_CACHE_DIR: '.e2e/cache-extras',
        SITE_URL: `http://127.0.0.1:${EXTRAS_PORT}`,
      },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The editor's one command, over a scratch copy of a content folder and settings file.
      command: `node tests/fixtures/cmsSite.ts ${CMS_CONTENT} && node src/cli/cms.ts --port ${CMS_PORT} --cms-port ${CMS_BACKEND_PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${CMS_PORT}/admin/`,
      env: {
        ASTRO_TELEMETRY_DISABLED: '1',
        TZ: 'America/Los_Angeles',
        DATELINE_CONTENT: CMS_CONTENT,
        DATELINE_SETTINGS: `${CMS_CONTENT}/site.yaml`,
        DATELINE_CACHE_DIR: '.e2e/cache-cms',
        DATELINE_NOW: '2026-06-01T00:00:00Z',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
