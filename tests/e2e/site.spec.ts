import { expect, test } from '@playwright/test';
import { SEED_ARTICLE, readSeedStory } from '../fixtures/seed.ts';
import { STORY_PAGE_IDS } from '../../src/lib/siteLinks.ts';
import { expectNoSidewaysScroll, watchPage } from './helpers.ts';

const seed = readSeedStory();
/** Script elements a browser would run: all but JSON-LD data blocks. */
const RUNNABLE_SCRIPT = 'script:not([type="application/ld+json"])';
const SEED_TITLE = 'US to withdraw about 600 troops from Syria, leaving fewer than 1,000';

test.describe('the index', () => {
  test('lists every published article newest first: later time first, then title', async ({
    page,
  }) => {
    await page.goto('/');
    // The front page's first page of the list: the lead, the row under it and the latest river.
    const titles = await page
      .locator('.front > .lead, .front .secondary, .front .latest')
      .locator('a.headline-link')
      .allTextContents();
    // The fixtures are the newest articles; the generated ones (2019–2024) follow them.
    expect(titles.slice(0, 10).map((t) => t.trim())).toEqual([
      'Test fixture: dated on New Year’s Day',
      'Test fixture: a date-time on the seed story’s day',
      SEED_TITLE,
      'Test fixture: Alpha, tied on date',
      'Test fixture: Beta, tied on date',
      'Test fixture: <script>alert("title")</script> & "quotes" </title>',
      'Test fixture: a long read with corrections and an old address',
      'Test fixture: Pneumonoultramicroscopicsilicovolcanoconiosisandanotherverylongwordwithoutanybreaks',
      'Test fixture: an article with a lead image',
      'مقال اختبار: نص من اليمين إلى اليسار',
    ]);
  });

  test('shows each article with its date, summary and byline', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('main .teaser', { hasText: 'dated on New Year’s Day' });
    await expect(card.locator('time')).toHaveAttribute('datetime', '2026-01-01');
    await expect(card.locator('time')).toHaveText('January 1, 2026');
    await expect(card).toContainText('By Test Author, Fixture Wire');
    await expect(card).toContainText(
      'A calendar date that a machine in Los Angeles must not shift',
    );
  });

  test('never lists a draft, and the draft has no page', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main')).not.toContainText('draft that must not be published');
    const response = await page.goto('/articles/draft/');
    expect(response?.status()).toBe(404);
  });

  test("holds back an article dated after the build's now", async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main')).not.toContainText('embargoed');
    const response = await page.goto('/articles/embargoed/');
    expect(response?.status()).toBe(404);
  });
});

test.describe('the seed story', () => {
  test('opens from the index with every paragraph verbatim and its date', async ({ page }) => {
    const watched = watchPage(page);
    await page.goto('/');
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await expect(page).toHaveURL(`/articles/${SEED_ARTICLE.slug}/`);
    await expect(page.locator('h1')).toHaveText(SEED_TITLE);
    await expect(page).toHaveTitle(`${SEED_TITLE} — Dateline`);

    const body = (await page.locator('article .body').textContent()) ?? '';
    expect(seed.paragraphs).toHaveLength(13);
    for (const paragraph of seed.paragraphs) expect(body).toContain(paragraph);
    // The photo caption is shown as a caption, not as running text.
    const caption = page.locator('article .body figure figcaption');
    await expect(caption).toHaveText(seed.paragraphs[7]!);

    const date = page.locator('article header time').first();
    await expect(date).toHaveAttribute('datetime', '2025-04-18');
    await expect(date).toHaveText('April 18, 2025');
    expect(watched.errors).toEqual([]);
  });

  test('links back to the index', async ({ page }) => {
    await page.goto(`/articles/${SEED_ARTICLE.slug}/`);
    await page.getByRole('link', { name: 'All news' }).click();
    await expect(page).toHaveURL('/');
  });
});

test.describe('article details', () => {
  test('shows the updated date, byline, image with caption and credit, and tags', async ({
    page,
  }) => {
    await page.goto('/articles/with-image/');
    await expect(page.locator('.updated time')).toHaveAttribute('datetime', '2025-01-16T09:30:00Z');
    await expect(page.locator('.updated')).toHaveText('Updated January 16, 2025, 9:30 AM UTC');
    await expect(page.locator('.byline')).toHaveText('By First Author and Second Author');
    const figure = page.locator('figure.lead-image');
    await expect(figure.locator('img')).toHaveAttribute(
      'alt',
      'The Dateline mark, standing in as a test image',
    );
    expect(
      await figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    await expect(figure.locator('figcaption')).toContainText('The caption of the test image.');
    await expect(figure.locator('.credit')).toHaveText('Fixture Photo');
  });

  test("names its own parts only by the ids a link to a story's section leaves as they are", async ({
    page,
  }) => {
    // A link to /articles/x/#reaction is pointed at the body's #user-content-reaction, unless
    // the page names a part of its own so (see storySectionHref).
    for (const path of [
      '/articles/long-read/',
      '/articles/with-image/',
      '/articles/wide-content/',
    ]) {
      await page.goto(path);
      const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
      const own = ids.filter((id) => !id.startsWith('user-content-'));
      expect(
        own.filter((id) => !STORY_PAGE_IDS.has(id)),
        path,
      ).toEqual([]);
      if (path === '/articles/long-read/') expect(ids).toContain('user-content-first-section');
    }
  });

  test('a date-only value keeps its day on a Los Angeles machine and browser', async ({ page }) => {
    await page.goto('/articles/new-year/');
    const time = page.locator('article header time');
    await expect(time).toHaveAttribute('datetime', '2026-01-01');
    await expect(time).toHaveText('January 1, 2026');
    // The browser really is on Los Angeles time, where that day's UTC midnight is still December 31.
    expect(await page.evaluate(() => new Date('2026-01-01T00:00:00Z').getDate())).toBe(31);
  });
});

test.describe('untrusted content', () => {
  test('runs no script and shows front matter as text everywhere', async ({ page }) => {
    const watched = watchPage(page);
    await page.goto('/');
    await page.goto('/articles/hostile/');
    const title = 'Test fixture: <script>alert("title")</script> & "quotes" </title>';
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page).toHaveTitle(`${title} — Dateline`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      '<img src=x onerror=alert("summary")> & </p> "quoted"',
    );
    await expect(page.locator('.byline')).toHaveText('By <b>Not bold</b>');
    await expect(page.locator('article .body pre')).toContainText('<script>alert("code")</script>');
    expect(await page.locator(RUNNABLE_SCRIPT).count()).toBe(0);
    expect(await page.locator('iframe, [onclick], [onerror], [style]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // The link its address was taken from reads as the text around it, not as a dead link.
    const dead = page.locator('article .body a:not([href])', { hasText: 'a javascript link' });
    const around = await dead.evaluate((el) => getComputedStyle(el.parentElement!).color);
    await expect(dead).toHaveCSS('color', around);
    await expect(dead).toHaveCSS('text-decoration-line', 'none');
    await page.locator('article .body').click();
    expect(watched.dialogs).toEqual([]);
  });
});

test.describe('reading on any screen', () => {
  for (const width of [320, 360]) {
    test(`nothing scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      for (const path of [
        '/',
        `/articles/${SEED_ARTICLE.slug}/`,
        '/articles/wide-content/',
        '/articles/rtl/',
        '/topics/',
        '/topics/us-military/',
        '/archive/',
        '/archive/2025/04/',
        '/search/?q=troops',
        '/404.html',
      ]) {
        await page.goto(path);
        await expectNoSidewaysScroll(page);
      }
    });
  }

  test('no page ships JavaScript or logs a console error', async ({ page }) => {
    const watched = watchPage(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const path of [
      '/',
      `/articles/${SEED_ARTICLE.slug}/`,
      '/articles/with-image/',
      '/articles/wide-content/',
    ]) {
      await page.goto(path);
      expect(await page.locator(RUNNABLE_SCRIPT).count(), path).toBe(0);
    }
    expect(scripts).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  test('a skip link is the first stop for the keyboard and moves focus to the content', async ({
    page,
  }) => {
    await page.goto(`/articles/${SEED_ARTICLE.slug}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the document has a language and one h1', async ({ page }) => {
    for (const path of ['/', `/articles/${SEED_ARTICLE.slug}/`, '/404.html']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('h1')).toHaveCount(1);
    }
  });
});

test.describe('not found', () => {
  test('an unknown address gets a helpful 404 page', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the latest news' }).click();
    await expect(page).toHaveURL('/');
  });
});
