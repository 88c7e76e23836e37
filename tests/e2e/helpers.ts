import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Collects console errors, uncaught exceptions and dialogs (an `alert` means script ran). */
export function watchPage(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return { errors, dialogs };
}

/** Asserts the page is no wider than the viewport: nothing scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page is wider than the viewport').toBeLessThanOrEqual(clientWidth);
}

/** Asserts axe finds no WCAG 2.1 A/AA violation on the page as it stands, naming any it finds. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/**
 * Fetches the page's link-preview image (`og:image`) as a crawler would and reads its size from
 * the PNG header; also returns what NewsArticle JSON-LD names as the story's images.
 */
export async function previewCard(page: Page): Promise<{
  url: string;
  type: string;
  width: number;
  height: number;
  alt: string;
  jsonLd: unknown;
}> {
  const url = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  const alt = (await page.locator('meta[property="og:image:alt"]').getAttribute('content'))!;
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  const bytes = await response.body();
  // A PNG: the signature, then the IHDR chunk with width and height as big-endian integers.
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  ) as { image?: unknown };
  return {
    url,
    type: response.headers()['content-type'] ?? '',
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    alt,
    jsonLd: jsonLd.image,
  };
}

/** Starts counting layout shifts before the page's first byte, as Lighthouse's CLS does. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts counted since the page began (see watchLayoutShifts), summed: its CLS so far. */
export async function layoutShiftTotal(page: Page): Promise<number> {
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  return shifts.reduce((sum, value) => sum + value, 0);
}
