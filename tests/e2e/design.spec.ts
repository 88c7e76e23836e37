import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { PHOTO_STORY_SLUG } from '../fixtures/photoStory.ts';
import { expectNoSidewaysScroll, layoutShifts, watchLayoutShifts } from './helpers.ts';

/**
 * How the site looks and reads, on the extras site (see playwright.config.ts): a month of photo
 * stories with bylines, portraits and four sections on top of the fixtures.
 */
const FRONT = '/';
const SECTION = '/topics/economy/';
const STORY = `/articles/${PHOTO_STORY_SLUG}/`;
/** A corpus story: a standfirst, a byline with a portrait and a role, a section as kicker. */
const CORPUS_STORY = '/articles/story-00023/';
const SEARCH = '/search/?q=council';

/** A page of a listing: rows with their dates in a gutter on a wide screen. */
const LISTING = '/page/2/';

const PAGES = {
  front: FRONT,
  article: STORY,
  'section front': SECTION,
  search: SEARCH,
  listing: LISTING,
};

/** Waits until the page is as a reader sees it: every picture loaded, search results shown. */
async function settle(page: Page): Promise<void> {
  if (page.url().includes('/search/')) {
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await expect(page.locator('.pagefind-ui__result-title .pagefind-ui__loading')).toHaveCount(0);
  }
  // Lazy pictures below the fold load now, so a full-page screenshot shows them.
  await page.evaluate(() =>
    Promise.all(
      [...document.images].map((img) => {
        img.loading = 'eager';
        return img.decode().catch(() => undefined);
      }),
    ),
  );
}

for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`screenshots at ${width} px, ${scheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const [name, path] of Object.entries(PAGES)) {
        test(`the ${name} looks as it did`, async ({ page }) => {
          await page.goto(path);
          await settle(page);
          await expect(page).toHaveScreenshot(`${name.replace(' ', '-')}-${width}-${scheme}.png`, {
            fullPage: true,
          });
        });
      }
    });
  }
}

test.describe('masthead', () => {
  test('names the site and the edition date, with the sections as navigation and search as a link', async ({
    page,
  }) => {
    await page.goto(FRONT);
    const masthead = page.locator('header.masthead');
    await expect(masthead.locator('time')).toHaveAttribute('datetime', '2026-06-01');
    await expect(masthead.locator('time')).toHaveText('Monday, June 1, 2026');
    const sections = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    await expect(sections).toHaveText([
      'Home',
      'Economy',
      'Health',
      'Technology',
      'Energy',
      'Topics',
      'Archive',
    ]);
    await expect(sections.first()).toHaveAttribute('aria-current', 'page');
    // Search is a compact link to its page, not a form on every page.
    await expect(masthead.getByRole('link', { name: 'Search' })).toHaveAttribute(
      'href',
      '/search/',
    );
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await page.goto(SECTION);
    await expect(sections.filter({ hasText: 'Economy' })).toHaveAttribute('aria-current', 'page');
    await expect(sections.first()).not.toHaveAttribute('aria-current', 'page');
    await expect(sections.filter({ hasText: 'Topics' })).not.toHaveAttribute('aria-current');
    // A topic that is no section is under Topics; the search page is under its link.
    await page.goto('/topics/us-military/');
    // Marked as the page one is under, not as this page.
    await expect(sections.filter({ hasText: 'Topics' })).toHaveAttribute('aria-current', 'true');
    // Its list names no story's other topic above the headline (the seed story's is Syria).
    await expect(page.locator('main .teaser')).not.toHaveCount(0);
    await expect(page.locator('main .teaser .kicker')).toHaveCount(0);
    await expect(page.locator('nav.sections [aria-current]')).toHaveCount(1);
    await page.goto('/search/');
    await expect(masthead.getByRole('link', { name: 'Search' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.locator('nav.sections [aria-current]')).toHaveCount(0);
  });

  test('on a phone the sections scroll sideways in one row, and the story starts near the top', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(CORPUS_STORY);
    const list = page.locator('nav.sections ul');
    const item = page.locator('nav.sections li').first();
    const [listBox, itemBox] = [await list.boundingBox(), await item.boundingBox()];
    expect(listBox!.height).toBeLessThanOrEqual(itemBox!.height + 1);
    expect(
      await page.locator('nav.sections').evaluate((nav) => nav.scrollWidth > nav.clientWidth),
    ).toBe(true);
    const h1 = await page.locator('h1').boundingBox();
    expect(h1!.y).toBeLessThan(250);
    await expectNoSidewaysScroll(page);
  });

  test('on a phone the sections row opens scrolled to the page one is on, if it is past the edge', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/archive/');
    const current = await page.locator('nav.sections [aria-current="page"]').boundingBox();
    expect(current!.x).toBeGreaterThanOrEqual(0);
    expect(current!.x + current!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});

/**
 * A slow connection, as a test can make one: the page's first bytes end at `cut` and the rest
 * comes a moment later. A browser paints what it has, so nothing drawn from the first piece may
 * move when the second arrives. Other files come as usual.
 */
const PIECES = [
  {
    name: 'draws the masthead links once they are whole',
    path: STORY,
    width: 1280,
    // Between the masthead's language links: the links on the right moved left as the rest came.
    cut: (html: string) => html.indexOf('</a>', html.indexOf('class="editions"')) + '</a>'.length,
  },
  ...[390, 320].map((width) => ({
    name: `keeps the name where it is at ${width} px while the rest of the masthead comes`,
    path: STORY,
    width,
    // After the site's name: the row grew when the taller search link came (and at 320 px
    // wrapped), and the name, centred in it, moved.
    cut: (html: string) => html.indexOf('</div>', html.indexOf('class="site-name"')) + 6,
  })),
  {
    name: 'keeps the name where it is while the edition date comes',
    path: FRONT,
    width: 390,
    // After the site's name, before the edition's date: the name moved as the date came.
    cut: (html: string) => html.indexOf('</a>', html.indexOf('class="site-name"')) + 4,
  },
  {
    name: 'draws the byline beside the portrait once its roles are whole',
    path: CORPUS_STORY,
    width: 390,
    // Inside the line of roles, before its words: the names, centred, moved up as they came.
    cut: (html: string) => html.indexOf('>', html.indexOf('class="roles')) + 1,
  },
  {
    name: 'puts the dot after the date only once the date is whole',
    path: STORY,
    width: 390,
    // Inside the dateline's date, before its text: the dot after it moved right as the date came.
    cut: (html: string) =>
      html.indexOf('>', html.indexOf('<time', html.indexOf('class="dateline'))) + 1,
  },
  {
    name: "draws a section front's feed link once it is whole",
    path: SECTION,
    width: 1280,
    // Inside the feed link, before its words: the link, on the right, moved left as they came.
    cut: (html: string) => html.indexOf('</svg>', html.indexOf('class="feed-link"')),
  },
  {
    name: 'shows a story of the latest river with its date already above its headline',
    path: FRONT,
    width: 1280,
    // After a river story's headline: a date placed above it pushed it down as it came.
    cut: (html: string) => html.indexOf('</h3>', html.indexOf('is-river')) + '</h3>'.length,
  },
];

test.describe('a page that arrives in pieces', () => {
  for (const { name, path, width, cut: cutAt } of PIECES) {
    test(`${name}: nothing moves`, async ({ page, request }) => {
      const html = await (await request.get(path)).text();
      const cut = cutAt(html);
      expect(cut, 'the cut falls inside the page').toBeGreaterThan(100);
      const origin = test.info().project.use.baseURL!;
      const server = createServer(async (req, res) => {
        if (req.url === path) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.write(html.slice(0, cut));
          await new Promise((done) => setTimeout(done, 500));
          res.end(html.slice(cut));
          return;
        }
        const file = await fetch(origin + req.url);
        res.writeHead(file.status, { 'content-type': file.headers.get('content-type') ?? '' });
        res.end(Buffer.from(await file.arrayBuffer()));
      });
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      try {
        await page.setViewportSize({ width, height: 800 });
        await watchLayoutShifts(page);
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
        await expect(page.locator('main img').first()).toHaveJSProperty('complete', true);
        await expect(
          page.locator('header.masthead').getByRole('link', { name: 'Search' }),
        ).toBeVisible();
        await page.waitForTimeout(200);
        const shifts = await layoutShifts(page);
        expect(shifts, shifts.flatMap((shift) => shift.moved).join('\n')).toEqual([]);
      } finally {
        server.close();
      }
    });
  }
});

test.describe('front page', () => {
  test('has a lead package, a row of stories with photos, the latest and section blocks, each story once', async ({
    page,
  }) => {
    await page.goto(FRONT);
    const lead = page.locator('.front .teaser.is-lead');
    await expect(lead).toHaveCount(1);
    await expect(lead.locator('img')).toHaveAttribute('loading', 'eager');
    await expect(lead.locator('.summary')).not.toBeEmpty();
    await expect(lead.locator('.byline')).toContainText('By ');
    const secondary = page.locator('.front .secondary .teaser');
    await expect(secondary).toHaveCount(8);
    for (const img of await secondary.locator('img').all()) {
      await expect(img).toHaveAttribute('loading', 'lazy');
      await expect(img).toHaveAttribute('width', /^\d+$/);
      await expect(img).toHaveAttribute('height', /^\d+$/);
    }
    expect(await page.locator('.front .latest li').count()).toBeGreaterThan(5);
    expect(await page.locator('.front section.section').count()).toBeGreaterThan(0);
    const links = await page
      .locator('main a.headline-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((link, i) => links.indexOf(link) !== i)).toEqual([]);
  });

  test('uses the width on a wide screen and keeps reading order in one column on a phone', async ({
    page,
  }) => {
    await page.goto(FRONT);
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    let [lead, secondary, latest, section] = await Promise.all(
      ['.front > .lead', '.front .secondary', '.front .latest', '.front .sections'].map(box),
    );
    // The river runs beside the lead, and the whole grid is wider than a blog column.
    expect(latest!.x).toBeGreaterThan(lead!.x + lead!.width);
    expect(latest!.y).toBeLessThan(lead!.y + 10);
    expect(section!.width).toBeGreaterThan(1100);
    await page.setViewportSize({ width: 390, height: 800 });
    [lead, secondary, latest, section] = await Promise.all(
      ['.front > .lead', '.front .secondary', '.front .latest', '.front .sections'].map(box),
    );
    expect(lead!.y).toBeLessThan(secondary!.y);
    expect(secondary!.y).toBeLessThan(latest!.y);
    expect(latest!.y).toBeLessThan(section!.y);
    expect(latest!.x).toBe(lead!.x);
  });

  for (const width of [390, 1280]) {
    test(`nothing shifts while a reader scrolls it at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await watchLayoutShifts(page);
      await page.goto(FRONT);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 400) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(50);
      }
      await settle(page);
      await page.waitForTimeout(200);
      const shifts = await layoutShifts(page);
      expect(shifts, shifts.flatMap((shift) => shift.moved).join('\n')).toEqual([]);
    });
  }

  for (const width of [900, 1280]) {
    test(`a story's date and time stay in its column at ${width} px`, async ({ page }) => {
      // The widest dates the fixtures have, "Updated" and a time, as a listing row shows them;
      // the front's stories are dated by day, so each of its teasers is given them.
      await page.goto(LISTING);
      const widest = await page
        .locator('main .teaser .meta', { hasText: /Updated.*\d:\d\d/ })
        .first()
        .innerHTML();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(FRONT);
      const overflowing = await page.locator('main .teaser .meta').evaluateAll(
        (metas, html) =>
          metas
            .map((meta) => {
              meta.innerHTML = html;
              const column = meta.closest('.teaser')!.getBoundingClientRect();
              return {
                right: meta.getBoundingClientRect().right - column.right,
                wide: meta.scrollWidth - meta.clientWidth,
              };
            })
            .filter(({ right, wide }) => right > 0.5 || wide > 0),
        widest,
      );
      expect(overflowing).toEqual([]);
      expect(await page.locator('main .teaser .meta').count()).toBeGreaterThan(5);
    });
  }

  test('prints the stories without their photos across the width, and no page links', async ({
    page,
  }) => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.goto(FRONT);
    const lead = page.locator('.front .teaser.is-lead.pictured');
    await expect(lead.locator('.picture')).toBeHidden();
    // The photo's column is given back: the words take the lead's whole width, not two fifths.
    const [whole, words] = await Promise.all([
      lead.boundingBox(),
      lead.locator('.words').boundingBox(),
    ]);
    expect(words!.width).toBeGreaterThan(whole!.width - 2);
    await expect(page.locator('.pagination')).toBeHidden();
  });

  test('headlines are underlined only under the pointer or in focus', async ({ page }) => {
    await page.goto(FRONT);
    const headline = page.locator('main a.headline-link').nth(2);
    const decoration = () => headline.evaluate((a) => getComputedStyle(a).textDecorationLine);
    expect(await decoration()).toBe('none');
    await headline.hover();
    expect(await decoration()).toBe('underline');
  });
});

test.describe('article', () => {
  test("an editor's kicker stands above the headline in the section's red, on the page and in lists", async ({
    page,
  }) => {
    // tie-beta has kicker: Analysis and no topic.
    await page.goto('/articles/tie-beta/');
    const kicker = page.locator('header.story-head .kicker');
    await expect(kicker).toHaveText('Analysis');
    await expect(kicker.locator('a')).toHaveCount(0);
    const red = await page
      .locator('header.story-head .kicker span')
      .evaluate((el) => getComputedStyle(el).color);
    await page.goto(CORPUS_STORY);
    expect(
      await page
        .locator('header.story-head .kicker a')
        .evaluate((el) => getComputedStyle(el).color),
    ).toBe(red);
    await page.goto('/archive/2025/04/');
    const teaser = page.locator('main .teaser', { hasText: 'Beta, tied on date' });
    await expect(teaser.locator('.kicker')).toHaveText('Analysis');
  });

  test('opens with kicker, headline, standfirst, a byline with portrait and role, and a dateline', async ({
    page,
  }) => {
    await page.goto(CORPUS_STORY);
    const head = page.locator('header.story-head');
    const kicker = head.locator('.kicker a');
    await expect(kicker).toHaveText('Economy');
    await expect(kicker).toHaveAttribute('href', '/topics/economy/');
    const order = await head
      .locator('.kicker, h1, .standfirst, .byline-block, .dateline')
      .evaluateAll((els) =>
        els.map((el) => (el.tagName === 'H1' ? 'H1' : el.className.split(' ')[0])),
      );
    expect(order).toEqual(['kicker', 'H1', 'standfirst', 'byline-block', 'dateline']);
    await expect(head.locator('.standfirst')).toHaveText(/^Festival bridge market/);
    await expect(head.locator('.byline a')).toHaveText('Chen Wei');
    await expect(head.locator('.byline a')).toHaveAttribute('href', '/authors/chen-wei/');
    await expect(head.locator('.roles')).toHaveText('Correspondent');
    const portrait = head.locator('.portraits img');
    await expect(portrait).toHaveAttribute('width', /^\d+$/);
    expect((await portrait.boundingBox())!.width).toBeLessThanOrEqual(48);
    // The dateline's phrases never break inside: "1 min read" stays on one line on a phone.
    await page.setViewportSize({ width: 320, height: 700 });
    for (const phrase of await head.locator('.dateline .phrase').all()) {
      const lines = await phrase.evaluate((el) => el.getClientRects().length);
      expect(lines).toBe(1);
    }
    // A role longer than the line wraps inside it, and pushes nothing sideways.
    await head.locator('.roles .phrase').evaluate((el) => {
      el.textContent =
        'Maximiliana Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh, Senior correspondent for European affairs, economics and the long afternoons of policy';
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });

  test('a byline that wraps moves a name to the next line whole, never "First / Author"', async ({
    page,
  }) => {
    await page.goto('/articles/with-image/');
    const byline = page.locator('header.story-head .byline');
    await expect(byline).toHaveText('By First Author and Second Author');
    // As narrow as the longer name: the byline must wrap, as it does beside a portrait on a phone.
    await byline.evaluate((el) => {
      const widest = Math.max(
        ...[...el.querySelectorAll('.name')].map((name) => name.getBoundingClientRect().width),
      );
      (el as HTMLElement).style.width = `${Math.ceil(widest) + 1}px`;
    });
    const linesOf = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    expect(await byline.evaluate(linesOf)).toBeGreaterThan(2);
    const names = page.locator('header.story-head .byline .name');
    await expect(names).toHaveCount(2);
    for (const name of await names.all()) expect(await name.evaluate(linesOf)).toBe(1);
  });

  for (const width of [390, 1280]) {
    test(`the lead photo spans the story's column at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(STORY);
      const [story, figure] = await Promise.all([
        page.locator('article.story').boundingBox(),
        page.locator('figure.lead-image').boundingBox(),
      ]);
      expect(figure!.x).toBeCloseTo(story!.x, 0);
      expect(figure!.width).toBeCloseTo(story!.width, 0);
    });
  }

  test('a correction shows "Corrected" at the top, linking to the note, and counts as the update', async ({
    page,
  }) => {
    await page.goto('/articles/long-read/');
    const dateline = page.locator('.story-head .dateline');
    await expect(dateline).toContainText('Updated February 12, 2025');
    await dateline.getByRole('link', { name: 'Corrected' }).click();
    await expect(page).toHaveURL(/#corrections-heading$/);
    await expect(page.locator('#corrections-heading')).toBeInViewport();
  });

  test('sets straight quotes and apostrophes curly, and shares by a row of plain links', async ({
    page,
  }) => {
    await page.goto('/articles/with-image/');
    const body = page.locator('article .body');
    await expect(body).toContainText(
      'typed “straight quotes” and an apostrophe; the reader’s page',
    );
    const share = page.locator('nav.share a');
    expect(await share.count()).toBeGreaterThan(3);
    for (const link of await share.all()) {
      await expect(link).toHaveAttribute('href', /^(https:|mailto:)/);
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  });
});

test.describe('lists', () => {
  test('topic and author pages have a visible feed link; rows show thumbnails', async ({
    page,
  }) => {
    await page.goto('/topics/shipping/');
    await expect(page.getByRole('link', { name: 'Follow Shipping by RSS' })).toHaveAttribute(
      'href',
      '/topics/shipping/rss.xml',
    );
    const thumbnail = page.locator('main .teaser.is-list img').first();
    await expect(thumbnail).toHaveAttribute('loading', 'lazy');
    await expect(thumbnail).toHaveAttribute('width', /^\d+$/);
    await page.goto('/authors/chen-wei/');
    await expect(page.getByRole('link', { name: 'Follow Chen Wei by RSS' })).toBeVisible();
    // An author's own page does not say "By Chen Wei" under each story written alone.
    await expect(page.locator('main .teaser').first()).toBeVisible();
    const bylines = await page.locator('main .teaser .byline').allTextContents();
    expect(bylines.filter((line) => /^By Chen Wei(?:$|,)/.test(line.trim()))).toEqual([]);
  });

  test('the index of journalists lists each with their portrait, and author pages lead to it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/authors/chen-wei/');
    // Above the name, and in the footer.
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: 'Journalists' }),
    ).toHaveAttribute('href', '/authors/');
    await page.getByRole('main').getByRole('link', { name: 'Journalists', exact: true }).click();
    await expect(page).toHaveURL(/\/authors\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Journalists' })).toBeVisible();
    const chen = page.locator('main li', { hasText: 'Chen Wei' });
    await expect(chen.getByRole('link', { name: 'Chen Wei' })).toHaveAttribute(
      'href',
      '/authors/chen-wei/',
    );
    await expect(chen).toContainText(/\d+ articles?/);
    const portrait = chen.locator('img');
    await portrait.scrollIntoViewIfNeeded();
    await expect
      .poll(() => portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(Math.round((await portrait.boundingBox())!.width)).toBe(64);
    // Beside the portrait, never under it, and nothing wider than a small phone.
    const name = (await chen.getByRole('link', { name: 'Chen Wei' }).boundingBox())!;
    expect(name.x).toBeGreaterThan((await portrait.boundingBox())!.x + 64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });

  test('the dot between a date and "Updated" never wraps onto a line of its own', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(LISTING);
    // The date phrase wraps between its words: across widths, its last line always holds words.
    const lone = await page
      .locator('main .teaser .meta', { hasText: 'Updated' })
      .first()
      .evaluate((meta: HTMLElement) => {
        const phrase = meta.querySelector('.phrase')!;
        phrase.querySelector('time')!.textContent = 'September 30, 2026, 11:45 PM';
        const walker = document.createTreeWalker(phrase, NodeFilter.SHOW_TEXT);
        let last: Text | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
        const widths: number[] = [];
        for (let width = 80; width <= 320; width += 2) {
          meta.style.width = `${width}px`;
          const end = document.createRange();
          end.setStart(last!, last!.length - 1);
          end.setEnd(last!, last!.length);
          const below = phrase.getBoundingClientRect().bottom - end.getBoundingClientRect().bottom;
          if (below > 4) widths.push(width);
        }
        return widths;
      });
    expect(lone).toEqual([]);
  });

  test('on a wide screen a row’s date stands in a gutter before its words, never over them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(LISTING);
    const rows = await page.locator('main .teaser.is-list').evaluateAll((teasers) =>
      teasers.map((teaser) => {
        const box = (selector: string) => teaser.querySelector(selector)!.getBoundingClientRect();
        const [meta, headline] = [box('.meta'), box('.headline')];
        return {
          metaRight: meta.right,
          headlineLeft: headline.left,
          metaTop: meta.top,
          rowTop: teaser.getBoundingClientRect().top,
        };
      }),
    );
    // The fixtures' date-time story has the widest date: it wraps in the gutter.
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.metaRight).toBeLessThanOrEqual(row.headlineLeft);
      expect(row.metaTop - row.rowTop).toBeLessThan(40);
    }
    // It wraps between its day and its time, never inside either ("9:30" over "AM UTC").
    const dates = await page.locator('main .teaser.is-list .meta time').evaluateAll((times) =>
      times.map((time) => {
        const text = time.firstChild as Text;
        const cut = text.data.includes(':') ? text.data.lastIndexOf(', ') + 1 : text.data.length;
        const lines = (start: number, end: number) => {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, end);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        const unit = (start: number, end: number) => text.data.slice(start, end).trim();
        const units = [unit(0, cut), unit(cut, text.data.length)].filter(Boolean);
        const broken = units.filter((_, i) =>
          i === 0 ? lines(0, cut) > 1 : lines(cut + 1, text.data.length) > 1,
        );
        return { text: text.data, wrapped: lines(0, text.data.length) > 1, broken };
      }),
    );
    expect(dates.some((date) => date.wrapped)).toBe(true);
    expect(dates.filter((date) => date.broken.length > 0)).toEqual([]);
    // The page's width is used: the rows' rules end where the sections' rule does.
    const [list, sections] = await Promise.all([
      page.locator('main .list').boundingBox(),
      page.getByRole('navigation', { name: 'Sections' }).boundingBox(),
    ]);
    expect(list!.x + list!.width).toBeCloseTo(sections!.x + sections!.width, 0);
  });

  test('a search result without a photo keeps no empty place for one', async ({ page }) => {
    // The wire story has no photo.
    await page.goto('/search/?q=Mattis');
    const result = page.locator('.pagefind-ui__result').first();
    // As the other searches here: the index is fetched first, slower on a busy machine.
    await result.locator('.pagefind-ui__result-link').waitFor();
    await expect(result.locator('.pagefind-ui__result-link')).toHaveText(/troops/i);
    await expect(result.locator('.pagefind-ui__result-image')).toHaveCount(0);
    await expect(result.locator('.pagefind-ui__result-thumb')).toBeHidden();
    const [resultBox, textBox] = await Promise.all([
      result.boundingBox(),
      result.locator('.pagefind-ui__result-inner').boundingBox(),
    ]);
    expect(textBox!.x).toBe(resultBox!.x);
  });

  test('the search box says what to type in words one can read', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(SEARCH);
      const input = page.locator('.pagefind-ui__search-input');
      await expect(input).toHaveAttribute('placeholder', /\S/);
      const [text, ground] = await input.evaluate((node) => {
        // Both colours as the browser resolves them, the placeholder's faded by its opacity.
        const style = getComputedStyle(node, '::placeholder');
        const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
        const [r = 0, g = 0, b = 0] = rgb(style.color);
        const back = rgb(getComputedStyle(document.body).backgroundColor);
        const alpha = parseFloat(style.opacity);
        const mix = (front: number, behind: number) => front * alpha + behind * (1 - alpha);
        return [[mix(r, back[0]!), mix(g, back[1]!), mix(b, back[2]!)], back];
      });
      expect(contrast(text, ground), scheme).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('search results show each story’s date and photo', async ({ page }) => {
    await page.goto(SEARCH);
    await settle(page);
    await expect(page.locator('.pagefind-ui__result-tag').first()).toContainText(/^Published: /);
    expect(await page.locator('.pagefind-ui__result-image').count()).toBeGreaterThan(0);
    // One search box: the page's own.
    await expect(page.locator('main input[type="text"], main input[type="search"]')).toHaveCount(1);
    await expect(page.locator('input')).toHaveCount(1);
  });

  for (const path of [FRONT, SECTION, STORY, CORPUS_STORY, '/topics/shipping/', SEARCH]) {
    test(`nothing scrolls sideways at 320 px on ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(path);
      await settle(page);
      await expectNoSidewaysScroll(page);
    });
  }
});

/** WCAG's contrast ratio of two sRGB colours, each as [r, g, b] in 0–255. */
function contrast(one: number[], other: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
