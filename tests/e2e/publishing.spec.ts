import { expect, test, type Page } from '@playwright/test';
import { netlifyHeaders } from '../hostRules.ts';
import { SEED_ARTICLE } from '../fixtures/seed.ts';
import { previewCard } from './helpers.ts';

/** The headers of each path, as Netlify sends them from the build's `_headers`, read once built. */
let headersOf: ReturnType<typeof netlifyHeaders> | undefined;
const hostHeaders = () =>
  (headersOf ??= netlifyHeaders(new URL('../../.e2e/dist/_headers', import.meta.url).pathname));

/** Serves every response with the headers `_headers` gives its path, and records CSP violations. */
async function withHeaders(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    const headers = { ...response.headers() };
    for (const [name, value] of Object.entries((await hostHeaders())(path)))
      headers[name.toLowerCase()] = value;
    await route.fulfill({ response, headers });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe('security headers', () => {
  // The browser fetches the tab's icon after the page's load: a fetch still in flight when a
  // test ends is let go, not reported as an error of the run.
  test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

  const pages = [
    '/',
    '/page/2/',
    `/articles/${SEED_ARTICLE.slug}/`,
    '/articles/with-image/',
    '/articles/hostile/',
    '/topics/',
    '/topics/us-military/',
    '/archive/',
    '/archive/2025/04/',
    '/404.html',
  ];

  test('every page type loads with its CSP enforced and no violation', async ({ page }) => {
    const violations = await withHeaders(page);
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.headers()['content-security-policy'], path).toContain("default-src 'none'");
      expect(response?.headers()['x-content-type-options'], path).toBe('nosniff');
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
  });

  test('search works under its CSP with no violation', async ({ page }) => {
    const violations = await withHeaders(page);
    const response = await page.goto('/search/?q=Kurdish');
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText(
      'US to withdraw about 600 troops from Syria, leaving fewer than 1,000',
    );
    expect(violations).toEqual([]);
  });

  test('the CSP really blocks script on reading pages', async ({ page }) => {
    const violations = await withHeaders(page);
    await page.goto(`/articles/${SEED_ARTICLE.slug}/`);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });
});

test.describe('metadata', () => {
  test('an article page has a canonical URL, Open Graph, a Twitter card and NewsArticle JSON-LD', async ({
    page,
  }) => {
    await page.goto('/articles/with-image/');
    const url = 'http://127.0.0.1:4329/articles/with-image/';
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:title"]')).toBe(
      'Test fixture: an article with a lead image',
    );
    expect(await meta('meta[property="og:url"]')).toBe(url);
    expect(await meta('meta[property="og:image"]')).toBe('http://127.0.0.1:4329/favicon.svg');
    expect(await meta('meta[property="article:published_time"]')).toBe('2025-01-15T00:00:00Z');
    expect(await meta('meta[property="article:modified_time"]')).toBe('2025-01-16T09:30:00Z');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    );
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Test fixture: an article with a lead image',
      datePublished: '2025-01-15T00:00:00Z',
      dateModified: '2025-01-16T09:30:00Z',
      author: [{ name: 'First Author' }, { name: 'Second Author' }],
      image: ['http://127.0.0.1:4329/favicon.svg'],
      mainEntityOfPage: { '@id': url },
      publisher: { name: 'Dateline' },
    });
  });

  test('a story without a photo is shared with a card drawn with its headline', async ({
    page,
  }) => {
    await page.goto(`/articles/${SEED_ARTICLE.slug}/`);
    const card = await previewCard(page);
    const headline = (await page.locator('h1').textContent())!.trim();
    expect(card.url).toMatch(/^http:\/\/127\.0\.0\.1:4329\/cards\/[\w-]+\.png$/);
    expect(card).toMatchObject({ type: 'image/png', width: 1200, height: 630, alt: headline });
    expect(card.jsonLd).toEqual([card.url]);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    );
  });

  test('a title holding </script> cannot end the JSON-LD, which parses back to the title', async ({
    page,
  }) => {
    await page.goto('/articles/hostile/');
    const blocks = page.locator('script[type="application/ld+json"]');
    await expect(blocks).toHaveCount(1);
    const jsonLd = JSON.parse((await blocks.textContent())!);
    expect(jsonLd.headline).toBe(
      'Test fixture: <script>alert("title")</script> & "quotes" </title>',
    );
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      jsonLd.headline,
    );
  });

  test('the index has WebSite JSON-LD, and every page names its feeds', async ({ page }) => {
    await page.goto('/');
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    );
    expect(jsonLd).toMatchObject({
      '@type': 'WebSite',
      name: 'Dateline',
      url: 'http://127.0.0.1:4329/',
    });
    for (const path of [
      '/',
      `/articles/${SEED_ARTICLE.slug}/`,
      '/topics/',
      '/archive/',
      '/search/',
      '/404.html',
    ]) {
      await page.goto(path);
      const feeds = await page
        .locator('link[rel="alternate"]')
        .evaluateAll((links) =>
          links.map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`),
        );
      expect(feeds, path).toEqual([
        'application/rss+xml /rss.xml',
        'application/atom+xml /atom.xml',
        'application/feed+json /feed.json',
      ]);
    }
  });
});
