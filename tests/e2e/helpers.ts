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

/** One layout shift as the browser reported it: its score, and what moved from where to where. */
export interface LayoutShift {
  value: number;
  moved: string[];
}

/** Starts counting layout shifts before the page's first byte, as Lighthouse's CLS does. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: LayoutShift[] = [];
    (window as unknown as { shifts: LayoutShift[] }).shifts = shifts;
    /** An element as a person finds it in the page: tag, class and its text's start. */
    const describe = (node: Node | null): string => {
      if (!(node instanceof Element)) return node?.nodeName ?? '(gone)';
      const text = (node.textContent ?? '').trim().slice(0, 40);
      return `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).trim().replace(/\s+/g, '.')}` : ''} "${text}"`;
    };
    const box = (rect: DOMRectReadOnly) =>
      `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: {
          node: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          moved: entry.sources.map(
            (source) =>
              `${describe(source.node)}: ${box(source.previousRect)} → ${box(source.currentRect)} at ${Math.round(entry.startTime)} ms, scrolled ${Math.round(scrollY)} px`,
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts counted since the page began (see watchLayoutShifts). */
export async function layoutShifts(page: Page): Promise<LayoutShift[]> {
  return page.evaluate(() => (window as unknown as { shifts: LayoutShift[] }).shifts);
}
