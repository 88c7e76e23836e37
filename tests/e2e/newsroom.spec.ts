import { expect, test } from '@playwright/test';
import { expectNoSidewaysScroll } from './helpers.ts';

test.describe('the front page', () => {
  test('on a phone: the lead story first, then the latest, then the sections, nothing sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const lead = page.locator('.front > .lead');
    const latest = page.locator('.front .latest');
    const sections = page.locator('.front .section').first();
    await expect(lead.locator('h2 a')).toBeVisible();
    const [l, t, s] = await Promise.all([lead, latest, sections].map((x) => x.boundingBox()));
    expect(l!.y).toBeLessThan(t!.y);
    expect(t!.y).toBeLessThan(s!.y);
    await expectNoSidewaysScroll(page);
  });

  test('on a desktop: the latest beside the lead, then a block per section linking its topic', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    const [lead, latest, section] = await Promise.all(
      ['.front > .lead', '.front .latest', '.front .section'].map((s) =>
        page.locator(s).first().boundingBox(),
      ),
    );
    expect(latest!.x).toBeGreaterThan(lead!.x + lead!.width - 1);
    expect(section!.y).toBeGreaterThan(lead!.y + lead!.height);
    const headings = page.locator('.section h2 a');
    await expect(headings).toHaveText(['Politics', 'Economy']);
    await expect(headings.first()).toHaveAttribute('href', '/topics/politics/');
    expect(await page.locator('.section .teaser').count()).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page);
  });
});

test.describe('newsroom pages', () => {
  test('a byline links to its author, whose page has the profile, the stories and a feed', async ({
    page,
  }) => {
    await page.goto('/articles/long-read/');
    await page.locator('.byline a', { hasText: 'First Author' }).click();
    await expect(page).toHaveURL(/\/authors\/first-author\/$/);
    await expect(page.locator('h1')).toHaveText('First Author');
    await expect(page.locator('.profile')).toContainText('Test fixture correspondent');
    await expect(page.locator('main article h2 a', { hasText: 'a long read' })).toBeVisible();
    await expect(page.locator('.feed-link a')).toHaveAttribute(
      'href',
      /\/authors\/first-author\/rss\.xml$/,
    );
  });

  test('a correction shows at the end of the story, dated', async ({ page }) => {
    await page.goto('/articles/long-read/');
    const note = page.locator('.corrections p');
    await expect(note).toContainText('Correction, February 12, 2025:');
    await expect(note).toContainText('gave the wrong section count');
  });

  test('an old address of a moved story takes the reader to the story', async ({ page }) => {
    await page.goto('/articles/old-long-read-address/');
    await page.waitForURL(/\/articles\/long-read\/$/);
    await expect(page.locator('h1')).toContainText('a long read');
  });

  test('share links are plain links with the story, and nothing loads from other sites', async ({
    page,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
    });
    await page.goto('/articles/long-read/');
    const links = page.locator('.share a');
    await expect(links).toHaveText(['Email', 'Bluesky', 'LinkedIn', 'WhatsApp', 'X', 'Facebook']);
    const story = encodeURIComponent(page.url());
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toContain(story);
    }
    expect(outside).toEqual([]);
  });

  test('a long read has a table of contents whose links reach its headings', async ({ page }) => {
    await page.goto('/articles/long-read/');
    const toc = page.locator('nav.toc a');
    await expect(toc).toHaveText(['First section', 'Second section', 'Third section']);
    await toc.nth(2).click();
    await expect(page).toHaveURL(/#user-content-third-section$/);
    await expect(page.locator('#user-content-third-section')).toBeInViewport();
  });
});
