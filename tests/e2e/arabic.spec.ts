import { expect, test } from '@playwright/test';
import { SEED_ARTICLE } from '../fixtures/seed.ts';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers.ts';

/** The same content, built with `lang: ar`: the interface in Arabic, right to left. */
const PAGES = [
  '/',
  `/articles/${SEED_ARTICLE.slug}/`,
  '/articles/long-read/',
  '/articles/wide-content/',
  '/topics/',
  '/archive/',
  '/authors/first-author/',
  '/404.html',
];

test('the document is Arabic and right to left, its interface in Arabic', async ({ page }) => {
  await page.goto('/articles/long-read/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('nav.sections a')).toHaveText(['الرئيسية', 'المواضيع', 'الأرشيف']);
  await expect(page.locator('.dateline time').first()).toHaveText('10 فبراير 2025');
  // Mirrored: the masthead's site name sits at the right edge, as right-to-left readers expect.
  const name = await page.locator('.site-name').boundingBox();
  const width = page.viewportSize()!.width;
  expect(name!.x + name!.width).toBeGreaterThan(width / 2);
});

test("a story's footnotes are read out in Arabic, their heading and their links back", async ({
  page,
}) => {
  await page.goto('/articles/wide-content/');
  const notes = page.locator('section.footnotes');
  await expect(notes.getByRole('heading', { level: 2 })).toHaveText('الحواشي');
  await expect(notes.getByRole('link', { name: 'العودة إلى الإحالة 1' })).toBeVisible();
});

test('the front page mirrors: the lead on the right, the latest beside it on the left', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const [lead, latest, search] = await Promise.all(
    ['.front > .lead', '.front .latest', '.search-link'].map((s) => page.locator(s).boundingBox()),
  );
  expect(latest!.x + latest!.width).toBeLessThan(lead!.x + 1);
  // The masthead's tools sit at the left edge.
  expect(search!.x).toBeLessThan(1280 / 2);
});

for (const width of [320, 390]) {
  test(`nothing scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const path of PAGES) {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
    }
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES.slice(0, 7)) {
      test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });
}
