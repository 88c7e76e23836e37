import { expect, test } from '@playwright/test';
import lighthouse from 'lighthouse';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { PHOTO_STORY_SLUG } from '../fixtures/photoStory.ts';
import { AUDIT_DEBUG_PORT } from './auditPort.ts';

/**
 * Lighthouse (pinned, see package.json) over the pages readers land on: the front page (twenty
 * stories with photos, see playwright.config.ts), a story with a lead photo and body photos, a
 * section front and search. Its default settings: a mid-tier phone on a simulated slow 4G
 * network, its CPU emulated by slowing this machine's by four (see cpuSlowdown). This project runs
 * after every other (see playwright.config.ts), so no other test competes for the CPU it measures.
 */
const PAGES = ['/', `/articles/${PHOTO_STORY_SLUG}/`, '/topics/economy/', '/search/'];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The least score, out of 100, each category must reach. */
const FLOOR = 95;

/**
 * Runs per page: a page's scores are the median of five, as Lighthouse's own guidance on
 * variability advises, so runs slowed by the machine do not decide the verdict. With three, a
 * shared 2-core CI machine failed a page that scores 100 here on two slow runs (blocking time
 * of a page without script: Chromium's own style and layout, times the simulated phone's 4).
 */
const RUNS = 5;

/**
 * How much slower than this machine the emulated phone's CPU is. Lighthouse's default, four,
 * assumes a high-end desktop (a benchmark index of 1,500 or more); on a slower or busier machine
 * four emulates a slower phone than a mid-tier one, so the factor shrinks in proportion to the
 * index, as Lighthouse's docs/throttling.md advises ("Calibrating the CPU slowdown"), never below
 * one and never above the default.
 */
function cpuSlowdown(benchmarkIndex: number): number {
  return Math.max(1, 4 * Math.min(1, benchmarkIndex / 1500));
}

test.describe.configure({ mode: 'serial' });

for (const path of PAGES) {
  test(`Lighthouse scores ${path} at least ${FLOOR} in every category`, async ({
    baseURL,
    browser,
    page,
  }) => {
    test.setTimeout(300_000);
    // Lighthouse drives the browser Playwright launched, through its DevTools port: the port
    // answers with that browser's version.
    const devtools = (await (
      await fetch(`http://127.0.0.1:${AUDIT_DEBUG_PORT}/json/version`)
    ).json()) as { Browser: string };
    expect(devtools.Browser).toContain(browser.version());
    // Lighthouse opens each run in a new tab of the browser's default profile. With no window
    // there, each run opened a window of its own, and Chromium started that window's interface
    // renderer beside the page under test: half a core, in the page's load, on a 2-core machine.
    // A window kept open for the whole test makes each run a tab of it.
    const cdp = await browser.newBrowserCDPSession();
    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
    // One benchmark to warm the page's engine up: a cold first one reads the machine as a third
    // of its speed.
    await page.evaluate(pageFunctions.computeBenchmarkIndex);
    const runs: Record<string, number>[] = [];
    const shortfalls: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      // The machine's speed just before each run (Lighthouse's own benchmark, about a second).
      const index = await page.evaluate(pageFunctions.computeBenchmarkIndex);
      const slowdown = cpuSlowdown(index);
      const result = await lighthouse(new URL(path, baseURL).href, {
        port: AUDIT_DEBUG_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        throttling: { cpuSlowdownMultiplier: slowdown },
      });
      const lhr = result!.lhr;
      expect(lhr.runtimeError, lhr.runtimeError?.message).toBeUndefined();
      runs.push(
        Object.fromEntries(
          CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]!.score ?? 0) * 100)]),
        ),
      );
      // The scored audits that fell short, for the failure message.
      const scored = new Set(
        CATEGORIES.flatMap((id) =>
          lhr.categories[id]!.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id),
        ),
      );
      const short = Object.values(lhr.audits)
        .filter((audit) => scored.has(audit.id) && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id} ${audit.score}`);
      expect(lhr.configSettings.throttling.cpuSlowdownMultiplier).toBe(slowdown);
      shortfalls.push(
        `run ${run + 1} (benchmark index ${index}, CPU ${slowdown.toFixed(1)}× slower): ${short.join(', ') || 'none'}`,
      );
    }
    await cdp.send('Target.closeTarget', { targetId });
    const median = Math.floor(RUNS / 2);
    for (const id of CATEGORIES) {
      const scores = runs.map((scores) => scores[id]!);
      expect(
        scores.toSorted((a, b) => a - b)[median],
        `${path} ${id}: runs ${scores.join(', ')}; below 1: ${shortfalls.join('; ')}`,
      ).toBeGreaterThanOrEqual(FLOOR);
    }
  });
}
