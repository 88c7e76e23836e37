import { expect, test } from '@playwright/test';
import { SEED_ARTICLE } from '../fixtures/seed.ts';
import { expectNoAxeViolations } from './helpers.ts';

const PAGES = {
  index: '/',
  article: `/articles/${SEED_ARTICLE.slug}/`,
  'article with image': '/articles/with-image/',
  topic: '/topics/us-military/',
  'section front': '/topics/politics/',
  topics: '/topics/',
  archive: '/archive/',
  year: '/archive/2025/',
  month: '/archive/2025/04/',
  search: '/search/?q=troops',
  'not found': '/404.html',
  author: '/authors/first-author/',
  authors: '/authors/',
  'long read with a task list and a correction': '/articles/long-read/',
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries(PAGES)) {
      test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        if (name === 'search') await page.locator('.pagefind-ui__result').first().waitFor();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('keyboard', () => {
  test('tab order runs skip link, site name, search, then the sections', async ({ page }) => {
    await page.goto(`/articles/${SEED_ARTICLE.slug}/`);
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
        }),
      );
    }
    expect(order).toEqual([
      'Skip to content',
      'Dateline',
      'Search',
      'Home',
      'Politics',
      'Economy',
      'Topics',
    ]);
  });

  test('focus is always visible', async ({ page }) => {
    await page.goto('/');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline).not.toMatch(/^none|0px$/);
    }
  });

  test('a section link in focus shows its whole ring, not cut by the row that scrolls', async ({
    page,
  }) => {
    await page.goto('/');
    const nav = page.locator('nav.sections');
    for (const link of await nav.getByRole('link').all()) {
      await link.focus();
      const [ring, row] = await Promise.all([
        link.evaluate((a) => {
          const style = getComputedStyle(a);
          // The ring reaches past the link's box by its width plus its offset (none if inset).
          const out = Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
          const box = a.getBoundingClientRect();
          return { top: box.top - out, bottom: box.bottom + out };
        }),
        nav.evaluate((n) => {
          const box = n.getBoundingClientRect();
          return { top: box.top + n.clientTop, bottom: box.top + n.clientTop + n.clientHeight };
        }),
      ]);
      // A pixel's leeway: clientHeight is rounded to whole pixels, the boxes are not.
      expect(ring.top).toBeGreaterThanOrEqual(row.top - 1);
      expect(ring.bottom).toBeLessThanOrEqual(row.bottom + 1);
    }
  });

  test('each page has landmarks, one h1 and no skipped heading levels', async ({ page }) => {
    for (const path of Object.values(PAGES)) {
      await page.goto(path);
      await expect(page.locator('header.masthead')).toHaveCount(1);
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.locator('footer')).toHaveCount(1);
      await expect(page.locator('h1'), path).toHaveCount(1);
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      levels.forEach((level, i) => {
        if (i > 0) expect(level - levels[i - 1]!, path).toBeLessThanOrEqual(1);
      });
    }
  });
});
