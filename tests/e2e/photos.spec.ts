import { expect, test, type Page } from '@playwright/test';
import { PHOTO_STORY_SLUG } from '../fixtures/photoStory.ts';
import { expectNoAxeViolations, layoutShifts, watchLayoutShifts } from './helpers.ts';

const STORY = `/articles/${PHOTO_STORY_SLUG}/`;

/** What the browser fetched for the lead photo: the file it chose and its size on the wire. */
async function leadPhoto(page: Page): Promise<{ url: string; bytes: number }> {
  const img = page.locator('.lead-image img');
  await expect(img).toHaveJSProperty('complete', true);
  const url = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
  const bytes = await page.evaluate(
    (src) =>
      (performance.getEntriesByName(src)[0] as PerformanceResourceTiming | undefined)
        ?.encodedBodySize ?? -1,
    url,
  );
  return { url, bytes };
}

test('a phone fetches a smaller lead photo than a desktop, in AVIF, and nothing shifts', async ({
  browser,
}) => {
  const fetched: Record<string, { url: string; bytes: number }> = {};
  for (const [name, width] of [
    ['phone', 390],
    ['desktop', 1280],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await watchLayoutShifts(page);
    await page.goto(STORY);
    fetched[name] = await leadPhoto(page);
    // Down to the last photo and back: every picture has its box before its bytes arrive.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('.body img').last()).toHaveJSProperty('complete', true);
    await page.waitForTimeout(200);
    const shifts = await layoutShifts(page);
    const moved = shifts.flatMap((shift) => shift.moved).join('\n');
    expect(
      shifts.reduce((sum, shift) => sum + shift.value, 0),
      `${name} CLS:\n${moved}`,
    ).toBe(0);
    await page.close();
  }
  expect(fetched.phone!.url).toMatch(/\.avif$/);
  expect(fetched.desktop!.url).toMatch(/\.avif$/);
  expect(fetched.phone!.url).not.toBe(fetched.desktop!.url);
  expect(fetched.phone!.bytes).toBeGreaterThan(0);
  expect(fetched.phone!.bytes).toBeLessThan(fetched.desktop!.bytes);
});

test('the lead photo loads first and at once; photos in the body load as they near', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(STORY);
  const lead = page.locator('.lead-image img');
  await expect(lead).toHaveAttribute('loading', 'eager');
  await expect(lead).toHaveAttribute('fetchpriority', 'high');
  const body = page.locator('.body img');
  await expect(body).toHaveCount(2);
  for (const img of await body.all()) {
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('width', /^\d+$/);
    await expect(img).toHaveAttribute('height', /^\d+$/);
  }
  await expect(page.locator('.body figure figcaption')).toHaveText(
    'The harbour at noon, as the tests draw it.',
  );
  // The reading pages' security policy lets the pictures in, and nothing else.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(body.last()).toHaveJSProperty('complete', true);
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
});

test('printed, each photo keeps its caption and credit on its own page', async ({ page }) => {
  await page.goto(STORY);
  await page.emulateMedia({ media: 'print' });
  for (const figure of [page.locator('.lead-image'), page.locator('.body figure')]) {
    await expect(figure.locator('figcaption')).toBeVisible();
    await expect(figure.locator('img')).toBeVisible();
    expect(await figure.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  }
  await expect(page.locator('.lead-image .credit')).toHaveText('Dateline tests');
});

test('the photo story has no WCAG 2.1 A/AA violations', async ({ page }) => {
  await page.goto(STORY);
  await expectNoAxeViolations(page);
});
