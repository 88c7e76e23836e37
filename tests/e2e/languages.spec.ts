import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, previewCard } from './helpers.ts';

/** An English site with stories in Spanish and Arabic too (tests/fixtures/translations). */
const PAGES = [
  '/es/',
  '/es/articles/lectura-larga/',
  '/es/articles/solo-en-espanol/',
  '/es/topics/',
  '/es/archive/',
  '/ar/',
  '/ar/articles/qiraa-tawila/',
  '/articles/long-read/',
];

test('a reader moves between the versions of a story, each in its own language', async ({
  page,
}) => {
  await page.goto('/articles/long-read/');
  const versions = page.getByRole('navigation', { name: 'This story in other languages' });
  await expect(versions.getByRole('link')).toHaveText(['العربية', 'español']);
  await versions.getByRole('link', { name: 'español' }).click();
  await expect(page).toHaveURL('/es/articles/lectura-larga/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Prueba: una lectura larga con correcciones',
  );
  await expect(page.locator('.dateline time').first()).toHaveText('10 de febrero de 2025');
  const back = page.getByRole('navigation', { name: 'Esta noticia en otros idiomas' });
  await back.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL('/ar/articles/qiraa-tawila/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page
    .getByRole('navigation', { name: 'هذا الخبر بلغات أخرى' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL('/articles/long-read/');
});

test('an Arabic story without a photo is shared with a card of its Arabic headline', async ({
  page,
}) => {
  await page.goto('/ar/articles/qiraa-tawila/');
  const card = await previewCard(page);
  expect(card).toMatchObject({ type: 'image/png', width: 1200, height: 630 });
  expect(card.alt).toBe('اختبار: قراءة طويلة مع تصحيحات');
  expect(card.jsonLd).toEqual([card.url]);
});

test("the header leads to each language's front page, with its own stories and words", async ({
  page,
}) => {
  await page.goto('/');
  const languages = page.getByRole('navigation', { name: 'Languages' }).getByRole('link');
  // Each a target a finger can take: 24 px at least.
  for (const box of await languages.evaluateAll((links) =>
    links.map((link) => link.getBoundingClientRect().height),
  )) {
    expect(box).toBeGreaterThanOrEqual(24);
  }
  await languages.filter({ hasText: 'español' }).click();
  await expect(page).toHaveURL('/es/');
  await expect(page.getByRole('navigation', { name: 'Secciones' }).getByRole('link')).toHaveText([
    'Portada',
    'Temas',
    'Archivo',
  ]);
  await expect(
    page.getByRole('link', { name: 'Prueba: una noticia solo en español' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Test fixture/ })).toHaveCount(0);
  // Its search searches its own stories, in its language.
  await page.locator('header.masthead').getByRole('link', { name: 'Buscar' }).click();
  await expect(page).toHaveURL('/es/search/');
  await page.locator('.pagefind-ui__search-input').fill('sección');
  await expect(page.locator('.pagefind-ui__result-link').first()).toHaveText(
    'Prueba: una lectura larga con correcciones',
  );
});

test("words in another language than the page's are marked with theirs, for screen readers' voices", async ({
  page,
}) => {
  // A profile is written in the site's language: its role, on a Spanish story's page.
  await page.goto('/es/articles/lectura-larga/');
  await expect(page.locator('.roles .phrase').first()).toHaveAttribute('lang', 'en');
  // A Spanish story on an English author page: its kicker, as its headline.
  await page.goto('/authors/first-author/');
  const teaser = page.locator('main .teaser', { hasText: 'Prueba: una lectura larga' });
  await expect(teaser.locator('.headline')).toHaveAttribute('lang', 'es');
  await expect(teaser.locator('.kicker')).toHaveAttribute('lang', 'es');
  // The site's English description, which the Arabic edition has none of, reads left to right.
  await page.goto('/ar/');
  const description = page.locator('.site-footer p[lang="en"]');
  const words = description.locator('bdi');
  expect(await words.evaluate((bdi) => getComputedStyle(bdi).direction)).toBe('ltr');
  // It lines up with the right edge, as the footer's Arabic lines do.
  const [line, name] = await Promise.all(
    [description, page.locator('.site-footer .footer-name')].map((p) =>
      p.evaluate((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return Math.round(range.getBoundingClientRect().right);
      }),
    ),
  );
  expect(line).toBe(name);
  // The site's own stories carry no mark of their own.
  await page.goto('/articles/long-read/');
  await expect(page.locator('.roles .phrase').first()).not.toHaveAttribute('lang', /./);
});

for (const width of [320, 390]) {
  test(`nothing scrolls sideways at ${width} px in any language`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const path of PAGES) {
      await page.goto(path);
      await expectNoSidewaysScroll(page);
    }
  });
}

for (const path of PAGES) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
