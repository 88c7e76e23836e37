import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type FrameLocator, type Locator, type Page, expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/content/frontmatter.ts';
import { drawPhoto } from '../fixtures/photoStory.ts';
import { CMS_CONTENT } from '../../playwright.config.ts';

/**
 * The real CMS (Decap, from npm, served by the dev server) against the local backend
 * (decap-server, started by `npm run cms`): an editor writes a story with a lead photo, saves, and
 * the files the build reads appear; then changes its slug and adds a correction.
 */

const SLUG = 'harbour-reopens-after-the-storm';
const FOLDER = join(CMS_CONTENT, '2026', '05', SLUG);
const FILE = join(FOLDER, `${SLUG}.md`);

/** The front matter of a file the CMS wrote. */
function frontMatter(file: string): Record<string, unknown> {
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (split.kind !== 'found') throw new Error(`${file} has no front matter`);
  return parse(split.yaml) as Record<string, unknown>;
}

/**
 * The front matter of a file the CMS is writing: undefined until it is written (the CMS's server
 * empties a file and then writes it, and a read in between finds no front matter).
 */
function frontMatterSoFar(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  return split.kind === 'found' ? (parse(split.yaml) as Record<string, unknown>) : undefined;
}

/** Every Content-Security-Policy violation the page reports, as the browser words it. */
function watchPolicy(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Answers the page's next dialog, accepting or dismissing it; the list returned gets its text. */
function answerNextDialog(page: Page, answer: 'accept' | 'dismiss'): string[] {
  const seen: string[] = [];
  page.once('dialog', (dialog) => {
    seen.push(dialog.message());
    void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

/** Opens the CMS and signs in to the local backend (no account: decap-server is this machine). */
async function signIn(page: Page): Promise<void> {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: 'Stories' })).toBeVisible();
}

/**
 * Saves the entry open in the editor: in the local folder a save publishes nothing until a build,
 * so Decap's Publish menu says Save (see cmsPhrases).
 */
async function publish(page: Page): Promise<void> {
  const now = page.getByRole('menuitem', { name: 'Save now' });
  await expect(async () => {
    if (!(await now.isVisible()))
      await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(now).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await now.click();
}

/**
 * Opens `url` in the CMS once the last save is through: while one is under way the editor still
 * has unsaved changes, and the CMS asks before leaving them (a question the test would dismiss).
 */
/**
 * The editor's preview once Decap has drawn the entry in it: beside the other browser tests on
 * two cores, with the dev server reloading content after a save, that can outlast a 5 s wait.
 */
async function previewOf(page: Page): Promise<FrameLocator> {
  const preview = page.frameLocator('iframe').first();
  await expect(preview.locator('article.preview')).toBeAttached({ timeout: 20_000 });
  return preview;
}

async function leaveFor(page: Page, url: string): Promise<void> {
  await expect(page.getByText('Changes saved')).toBeVisible({ timeout: 15_000 });
  await page.goto(url);
}

test('an editor writes, saves and corrects a story in the CMS, and the site shows it', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const violations = watchPolicy(page);
  const photo = test.info().outputPath('harbour.jpg');
  await drawPhoto(photo, 1600, 1000, 200);

  await signIn(page);
  await page.goto('/admin/#/collections/articles/new');
  await expect(page.getByLabel('Title')).toBeVisible();
  // Marks this page load: a reload (the dev server's live reload after a save) would clear it.
  await page.evaluate(() => Object.assign(window, { sameLoad: true }));

  await test.step('the form has no serious accessibility violation', async () => {
    await page.waitForTimeout(1000);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .include('form, [class*="ControlPane"], main')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) => `${v.id}: ${v.nodes.map((n) => `${n.target} ${n.html.slice(0, 160)}`).join(' | ')}`,
      );
    expect(serious).toEqual([]);
    // Each switch says what it switches and whether it is on.
    const draft = page.getByRole('switch', { name: 'Draft (optional)' });
    await expect(draft).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByRole('switch', { name: 'Featured (optional)' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    // Markdown first: rich text would rewrite a hand-written body in its own markdown.
    await expect(page.getByRole('switch', { name: 'Edit as markdown' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(page.getByRole('textbox', { name: 'Story', exact: true })).toBeVisible();
    await draft.click();
    await expect(draft).toHaveAttribute('aria-checked', 'true');
    await draft.click();
    await expect(draft).toHaveAttribute('aria-checked', 'false');
  });

  await test.step('a save with fields left empty names them and puts the cursor in the first', async () => {
    const told = answerNextDialog(page, 'accept');
    await publish(page);
    await expect.poll(() => told.length).toBe(1);
    expect(told[0]).toMatch(
      /^Not saved: \d+ fields are not filled in as the form asks:\n\n• Title is required\.\n\n• Date is required\./,
    );
    await expect(page.getByLabel('Title')).toBeFocused();
    await expect(
      page.getByText(/^Not saved: a field that must be filled in is empty/),
    ).toBeVisible();
  });

  await page.getByLabel('Title').fill('Harbour reopens after the storm');
  await test.step('a date typed that is no date is told beside its box as the editor leaves it', async () => {
    // The browser's box reads 30 February as empty while it shows it: Decap's "is required" alone.
    const date = page.getByLabel('Date', { exact: true });
    await date.focus();
    await page.keyboard.type('02302026');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await date.blur();
    const note = page.getByRole('alert').filter({ hasText: 'is not a whole, real date' });
    await expect(note).toHaveText(
      'Date is not a whole, real date (a part left blank, or a day its month does not have, such as 30 February), so it counts as empty (type it again, or pick it from the calendar).',
    );
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    // Saved so, it is refused as what it is, not as a date left empty.
    const told = answerNextDialog(page, 'accept');
    await publish(page);
    await expect.poll(() => told.length).toBe(1);
    expect(told[0]).toContain(
      '• Date: is not a whole, real date (a part left blank, or a day its month does not have, such as 30 February), so it counts as empty',
    );
    expect(told[0]).not.toContain('Date is required');
    await date.fill('2026-05-20T09:30');
    await expect(note).toHaveCount(0);
    await expect(date).not.toHaveAttribute('aria-invalid');
  });
  await page.getByLabel('Date', { exact: true }).fill('2026-05-20T09:30');
  await page.getByLabel('Summary (optional)').fill('Boats are back a week after the storm.');
  await page.getByLabel('Authors (optional)').click();
  await page.getByRole('option', { name: 'First Author' }).click();
  await page.getByLabel('Tags (optional)').fill('Politics, Harbour');
  // First a file that only looks like a photo by its name (a text saved as .jpg).
  await page.getByRole('button', { name: 'Choose an image' }).click();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'harbour-notes.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('not a picture'),
  });
  await page.getByRole('button', { name: 'Choose selected' }).click();
  await page.getByLabel('Alt text (optional)').fill('Fishing boats moored in the reopened harbour');
  await page.getByLabel('Caption (optional)').fill('The harbour on Monday morning.');
  await test.step('a story going out with nothing written is refused', async () => {
    const told = answerNextDialog(page, 'accept');
    await publish(page);
    await expect.poll(() => told.length).toBe(1);
    expect(told[0]).toContain(
      '• Story: is empty, so the story would go out as a headline on an empty page (write the story in Story, or hold it back with Draft ticked)',
    );
    expect(existsSync(FOLDER)).toBe(false);
  });
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type(
    'The harbour reopened on Monday, a week after the storm closed it. "We are open," its master said.',
  );
  // Picked on the editor's clock (Los Angeles), previewed as the page shows it, on the site's (UTC).
  const preview = await previewOf(page);
  await expect(preview.getByText('May 20, 2026, 4:30 PM UTC')).toBeVisible();
  // The page's own markup in the page's own styles (story.css): its headline's size, the dot
  // between the dateline's phrases, the reading time.
  // Quotes curled as the page curls them; the file keeps them as typed.
  await expect(preview.locator('.body')).toContainText('“We are open,” its master said.');
  const dateline = preview.locator('.story-head .dateline');
  await expect(dateline.locator('.reading-time')).toHaveText('1 min read');
  expect(
    await dateline
      .locator('.phrase')
      .first()
      .evaluate((phrase) => getComputedStyle(phrase, '::after').content),
  ).toBe('"\u2060·"');
  // The type scale follows the window's width: the page is opened as wide as the preview.
  const frame = page.locator('iframe').first();
  const width = await frame.evaluate((iframe) => (iframe as HTMLIFrameElement).clientWidth);
  const site = await page.context().newPage();
  await site.setViewportSize({ width, height: 800 });
  await site.goto('/articles/tie-alpha/');
  const size = (heading: Locator) => heading.evaluate((h1) => getComputedStyle(h1).fontSize);
  expect(await size(preview.locator('.story-head h1'))).toBe(await size(site.locator('h1')));
  await site.close();

  await test.step('a file that is no picture, chosen as the photo, is refused before it is saved', async () => {
    const told = answerNextDialog(page, 'accept');
    await publish(page);
    const refused =
      'Lead photo: "harbour-notes.jpg" is not a picture that can be read (the browser cannot open it either: save it again as JPEG or PNG; use that copy instead, and delete this one in the photo picker: select it, then Delete selected)';
    await expect(page.getByText(`Not saved. ${refused}`)).toBeVisible();
    expect(told[0]).toContain(`• ${refused}`);
    expect(existsSync(FOLDER)).toBe(false);
    // The real photo in its place; the file that was not one is deleted from the library.
    await page.getByRole('button', { name: 'Choose different image' }).click();
    // Decap's cards are no buttons: the name on one selects it.
    await page.getByText('harbour-notes.jpg', { exact: true }).click();
    const deleting = answerNextDialog(page, 'accept');
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => deleting.length).toBe(1);
    await page.locator('input[type="file"]').setInputFiles(photo);
    await page.getByRole('button', { name: 'Choose selected' }).click();
  });

  await test.step('a slug another story has is refused, in the build’s words', async () => {
    await page.getByLabel('Slug (optional)').fill('tie-alpha');
    const told = answerNextDialog(page, 'accept');
    await publish(page);
    const taken = `Slug: "tie-alpha" is another story's address already (${CMS_CONTENT}/tie-alpha.md) (write one of this story's own in Slug, such as tie-alpha-2)`;
    // Told in a dialog that waits to be read, then in Decap's notice, which goes.
    await expect(page.getByText(`Not saved. ${taken}`)).toBeVisible();
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`the build would refuse one thing here:\n\n• ${taken}`);
    expect(existsSync(FILE)).toBe(false);
    const slug = page.getByLabel('Slug (optional)');
    await slug.press('Control+a');
    await slug.press('Backspace');
    await expect(slug).toHaveValue('');
  });

  await test.step('an update time typed that is no date is refused, not saved as none', async () => {
    const updated = page.getByLabel('Updated (optional)');
    await updated.focus();
    await page.keyboard.type('05212026');
    const told = answerNextDialog(page, 'accept');
    await publish(page);
    await expect.poll(() => told.length).toBe(1);
    expect(told[0]).toContain(
      '• Updated: is not a whole, real date (a part left blank, or a day its month does not have, such as 30 February), so it counts as empty',
    );
    expect(existsSync(FILE)).toBe(false);
    // Told under the box too (Decap's notice, also an alert, says "Updated: is not …").
    const note = page.getByRole('alert').filter({ hasText: /^Updated is not a whole, real date/ });
    await expect(note).toBeVisible();
    await updated.fill('');
    await expect(note).toHaveCount(0);
  });

  await publish(page);
  await expect.poll(() => frontMatterSoFar(FILE), { timeout: 15_000 }).toBeDefined();
  // Saved, not "Published": the file is written, and readers see nothing until a build.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/^Publish/)).toHaveCount(0);

  await test.step('the file and its photo are where the build reads them', async () => {
    expect(existsSync(join(FOLDER, 'harbour.jpg'))).toBe(true);
    expect(frontMatter(FILE)).toEqual({
      title: 'Harbour reopens after the storm',
      date: '2026-05-20T09:30:00-07:00',
      summary: 'Boats are back a week after the storm.',
      author: ['First Author'],
      tags: ['Politics', 'Harbour'],
      image: {
        src: './harbour.jpg',
        alt: 'Fishing boats moored in the reopened harbour',
        caption: 'The harbour on Monday morning.',
      },
    });
    expect(readFileSync(FILE, 'utf8')).toContain('The harbour reopened on Monday');
    const check = spawnSync(process.execPath, ['src/cli/check-content.ts'], {
      env: {
        ...process.env,
        DATELINE_CONTENT: CMS_CONTENT,
        DATELINE_SETTINGS: `${CMS_CONTENT}/site.yaml`,
        DATELINE_NOW: '2026-06-01T00:00:00Z',
      },
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  await test.step('the dev site shows it', async () => {
    const site = await page.context().newPage();
    await site.goto(`/articles/${SLUG}/`);
    await expect(site.locator('h1')).toHaveText('Harbour reopens after the storm');
    await expect(site.locator('figcaption')).toContainText('The harbour on Monday morning.');
    await site.close();
  });

  await test.step('a photo uploaded under the name of one already here does not replace it', async () => {
    // Decap would delete the old file at once and save the new one only with the story.
    const told = answerNextDialog(page, 'accept');
    await page.getByRole('button', { name: 'Choose different image' }).click();
    // By keyboard: Decap's Upload is a label around a hidden file box, which Enter did not open.
    const chooser = page.waitForEvent('filechooser');
    await page.locator('label', { hasText: 'Upload' }).focus();
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(photo);
    await expect.poll(() => told.length).toBe(1);
    expect(told[0]).toMatch(/^Not uploaded: there is a photo named "harbour.jpg" here already/);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(existsSync(join(FOLDER, 'harbour.jpg'))).toBe(true);
    expect(frontMatter(FILE).image).toMatchObject({ src: './harbour.jpg' });
  });

  await test.step('a new slug keeps the old one as an alias; a correction is added', async () => {
    // After a save the CMS stays on the story, now read back from its file, in the same page
    // load: the dev server's reload after a content change does not reach the CMS.
    expect(await page.evaluate(() => 'sameLoad' in window)).toBe(true);
    await expect(page.getByLabel('Title')).toHaveValue('Harbour reopens after the storm');
    await page.getByLabel('Slug (optional)').fill('harbour-reopens');
    await page.getByRole('button', { name: 'Add correction' }).click();
    // The entry's icon buttons say what they do.
    await expect(page.getByRole('button', { name: 'Remove entry' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Show or hide entry' })).toHaveCount(1);
    await page.getByLabel('Date', { exact: true }).last().fill('2026-05-21');
    await page
      .getByLabel('Text', { exact: true })
      .fill('The harbour reopened on Monday, not Sunday.');
    await expect(
      preview.getByText('Correction, May 21, 2026: The harbour reopened on Monday, not Sunday.'),
    ).toBeVisible();
    await publish(page);
    await expect
      .poll(() => frontMatterSoFar(FILE)?.slug, { timeout: 15_000 })
      .toBe('harbour-reopens');
    const fields = frontMatter(FILE);
    expect(fields.aliases).toEqual([SLUG]);
    // View Live leads to the page by its new slug (the file's name is kept as an alias).
    const live = page.getByRole('link', { name: 'View Live' });
    await expect(live).toHaveAttribute('href', /\/articles\/harbour-reopens\/$/, {
      timeout: 15_000,
    });
    const site = await page.context().newPage();
    await site.goto((await live.getAttribute('href'))!);
    await expect(site.locator('h1')).toHaveText('Harbour reopens after the storm');
    await site.close();
    expect(fields.corrections).toEqual([
      { date: '2026-05-21', text: 'The harbour reopened on Monday, not Sunday.' },
    ]);
  });

  await test.step('what the build would warn of is asked about before it is saved', async () => {
    await page.getByLabel('Tags (optional)').fill('Politics; Harbour');
    const asked = answerNextDialog(page, 'dismiss');
    await publish(page);
    await expect(page.getByText('Not saved. Kept open to fix first: Tags')).toBeVisible();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(
      'Tags: "Politics; Harbour" is one topic: a ; does not separate tags (for 2 topics, separate them with commas: Politics, Harbour)',
    );
    expect(frontMatter(FILE).tags).toEqual(['Politics', 'Harbour']);
    // Saved as it is, once the editor says so.
    page.once('dialog', (dialog) => void dialog.accept());
    await publish(page);
    await expect
      .poll(() => frontMatterSoFar(FILE)?.tags, { timeout: 15_000 })
      .toEqual(['Politics; Harbour']);
    // The old slug added as an alias two saves ago is still there, though the form never showed it.
    expect(frontMatter(FILE).aliases).toEqual([SLUG]);
  });

  await test.step('a story saved keeps what the form did not change: its notes, its line endings, its body as written', async () => {
    const file = join(CMS_CONTENT, 'tie-alpha.md');
    const before = readFileSync(file, 'utf8');
    await leaveFor(page, '/admin/#/collections/articles');
    // The list marks a draft as one; a story out is listed by its headline and day alone.
    await expect(
      page.getByRole('link', {
        name: /^Draft: Test fixture: a draft that must not be published \(2025-04-20\)/,
      }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /^Draft: .*Alpha, tied on date/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Scheduled: / })).toHaveCount(0);
    // On an editor's clock a day before the story's, it is held back: the list says so. In a
    // browser context of its own, signed in as this one is: a clock is the whole context's, and
    // this page loads the CMS again when it goes back to a list after a save.
    const clocked = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      storageState: await page.context().storageState(),
    });
    const earlier = await clocked.newPage();
    await earlier.clock.install({ time: new Date('2025-04-16T12:00:00') });
    await earlier.goto('/admin/#/collections/articles');
    await expect(
      earlier.getByRole('link', {
        name: /^Scheduled: Test fixture: Alpha, tied on date \(2025-04-17\)/,
      }),
    ).toBeVisible();
    await expect(earlier.getByRole('link', { name: /^Scheduled: Draft: / })).toHaveCount(0);
    await clocked.close();
    await page.getByRole('link', { name: /Alpha, tied on date/ }).click();
    await page.getByLabel('Summary (optional)').fill('Two fixtures share a day.');
    await publish(page);
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 })
      .toContain('\r\nsummary: Two fixtures share a day.\r\n');
    const after = readFileSync(file, 'utf8');
    expect(after.replace('summary: Two fixtures share a day.\r\n', '')).toBe(before);
    // A line added to the body in the markdown editor: the rest of it as written.
    await page.getByRole('textbox', { name: 'Story', exact: true }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Boats too.');
    await publish(page);
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 })
      .toContain('Boats too.');
    expect(readFileSync(file, 'utf8')).toBe(
      after.replace(
        '2025\\. A year of change.\r\n\r\n',
        '2025\\. A year of change.\r\n\r\nBoats too.\r\n',
      ),
    );
    // Back in the list by its own link, the story is listed by the headline saved, not the one
    // the list first read.
    await page.getByLabel('Title').fill('Test fixture: Alpha, retitled');
    await publish(page);
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 })
      .toMatch(/\ntitle: '?Test fixture: Alpha, retitled'?\r\n/);
    await expect(page.getByText('Changes saved')).toBeVisible({ timeout: 15_000 });
    await page.locator('a[href$="/collections/articles"]').first().click();
    await expect(
      page.getByRole('link', { name: /^Test fixture: Alpha, retitled \(2025-04-17\)/ }),
    ).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('link', { name: /Alpha, tied on date/ })).toHaveCount(0);
  });

  await test.step("the preview shows a story's photos, beside it and in a folder of its own", async () => {
    // From the list the step before went back to.
    await page.getByRole('link', { name: /a ferry story with its photos in folders/ }).click();
    await expect(page.getByLabel('Title')).toHaveValue(/a ferry story/);
    // `author: First Author`, one name written as text, is in the Authors box.
    await expect(page.getByText('First Author', { exact: true })).toBeVisible();
    // Each photo as drawn (its own width), not Decap's empty stand-in or a broken link.
    const preview = await previewOf(page);
    await expect
      .poll(
        () =>
          preview
            .locator('img')
            .evaluateAll((images) =>
              images.map(
                (img) => `${img.getAttribute('alt')} ${(img as HTMLImageElement).naturalWidth}`,
              ),
            ),
        { timeout: 15_000 },
      )
      .toEqual([
        'The test ferry, drawn 1200',
        'The test pier, drawn 1000',
        'The test deck, drawn 900',
      ]);
  });

  await test.step('a new profile is saved without a portrait; a half portrait is refused', async () => {
    const file = join(CMS_CONTENT, 'authors', 'jane-doe.md');
    await leaveFor(page, '/admin/#/collections/authors/new');
    const preview = await previewOf(page);
    await page.getByLabel('Name', { exact: true }).fill('Jane Doe');
    await page.getByLabel('Role (optional)').fill('Harbour correspondent');
    // The preview shows the profile as its page does, not a list of the form's fields.
    await expect(preview.getByRole('heading', { name: 'Jane Doe' })).toBeVisible();
    await expect(preview.getByText('Harbour correspondent')).toBeVisible();
    await page.getByLabel(/^Alt text/).fill('Jane Doe at the harbour');
    await expect(preview.getByText('Jane Doe at the harbour')).toHaveCount(0);
    await publish(page);
    await expect(page.getByText(/^Not saved\. Photo › Portrait: /)).toBeVisible();
    expect(existsSync(file)).toBe(false);
    const alt = page.getByLabel(/^Alt text/);
    await alt.press('Control+a');
    await alt.press('Backspace');
    await expect(alt).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'Bio', exact: true })).toBeVisible();
    await publish(page);
    await expect
      .poll(() => frontMatterSoFar(file), { timeout: 15_000 })
      .toEqual({
        name: 'Jane Doe',
        role: 'Harbour correspondent',
      });
    // A portrait goes in a folder of the profile's own: another's of the same name stays.
    const portrait = test.info().outputPath('portrait.jpg');
    await drawPhoto(portrait, 600, 600, 90);
    await page.getByRole('button', { name: 'Choose an image' }).click();
    await page.locator('input[type="file"]').setInputFiles(portrait);
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await page.getByLabel(/^Alt text/).fill('Jane Doe at the harbour');
    await publish(page);
    await expect
      .poll(() => frontMatterSoFar(file)?.photo, { timeout: 15_000 })
      .toEqual({ src: './jane-doe/portrait.jpg', alt: 'Jane Doe at the harbour' });
    // The portrait is written beside the file, by a request of its own.
    await expect
      .poll(() => existsSync(join(CMS_CONTENT, 'authors', 'jane-doe', 'portrait.jpg')), {
        timeout: 15_000,
      })
      .toBe(true);
  });

  await test.step('the site settings give another language its own description', async () => {
    const settingsFile = join(CMS_CONTENT, 'site.yaml');
    // Its note by hand (see tests/fixtures/cmsSite.ts), kept by a save as what the form did not change.
    const before = readFileSync(settingsFile, 'utf8');
    expect(before.startsWith('# ')).toBe(true);
    await leaveFor(page, '/admin/');
    await page.getByRole('link', { name: 'Site settings' }).click();
    // The settings file's own link, once the list shows it (the sidebar's comes first).
    await page.locator('a[href$="/collections/site/entries/settings"]').click();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Dateline');
    await page.getByRole('button', { name: 'Add language' }).click();
    // The new entry's language: the site's own Language field comes after the list.
    await page.getByRole('combobox', { name: 'Language', exact: true }).first().click();
    await page.getByRole('option', { name: 'es', exact: true }).click();
    await page.getByLabel('Description', { exact: true }).last().fill('Noticias al momento.');
    await publish(page);
    // Read as the build reads it (a half-written file reads as nothing yet).
    const editions = () =>
      (parse(readFileSync(settingsFile, 'utf8')) as { editions?: unknown } | null)?.editions;
    await expect
      .poll(editions, { timeout: 15_000 })
      .toEqual([{ lang: 'es', description: 'Noticias al momento.' }]);
    const after = readFileSync(settingsFile, 'utf8');
    for (const line of before.split('\n').filter((line) => !line.startsWith('editions'))) {
      expect(after.split('\n'), line).toContain(line);
    }
    const check = spawnSync(process.execPath, ['src/cli/check-content.ts'], {
      env: { ...process.env, DATELINE_CONTENT: CMS_CONTENT, DATELINE_SETTINGS: settingsFile },
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  await test.step('a story deleted takes its photo with it', async () => {
    expect(existsSync(join(FOLDER, 'harbour.jpg'))).toBe(true);
    await leaveFor(page, '/admin/#/collections/articles');
    await page.getByRole('link', { name: /Harbour reopens after the storm/ }).click();
    await expect(page.getByLabel('Title')).toHaveValue('Harbour reopens after the storm');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => existsSync(FILE), { timeout: 15_000 }).toBe(false);
    expect(existsSync(join(FOLDER, 'harbour.jpg'))).toBe(false);
    // Another's photos stay: the profile's portrait, in a folder of its own.
    expect(existsSync(join(CMS_CONTENT, 'authors', 'jane-doe', 'portrait.jpg'))).toBe(true);
  });

  await test.step('a byline name with no profile is in a box of its own; each box’s change is saved', async () => {
    const file = join(CMS_CONTENT, 'by-two', 'index.md');
    await page.goto('/admin/#/collections/articles');
    await page.getByRole('link', { name: /a byline with a name that has no profile/ }).click();
    await expect(page.getByLabel('Title')).toHaveValue(/a byline with a name/);
    const names = page.getByRole('textbox', { name: 'Name' });
    await expect(names).toHaveCount(1);
    await expect(names.first()).toHaveValue('Nobody Known');
    // The preview's byline is the file's, both boxes' names in its order.
    const preview = await previewOf(page);
    await expect(preview.getByText('By First Author and Nobody Known')).toBeVisible();
    await page.getByLabel('Authors (optional)').click();
    await page.getByRole('option', { name: 'Jane Doe' }).click();
    // The new entry's box takes the focus from the Add button: the editor types the name.
    const addName = page.getByRole('button', { name: 'Add name' });
    await addName.press('Enter');
    await expect(names.nth(1)).toBeFocused();
    // An entry removed hands the focus back to the Add button, not to the page.
    await page
      .locator('[aria-label="list field"]')
      .filter({ hasText: 'Names without a profile' })
      .getByRole('button', { name: 'Remove entry' })
      .last()
      .press('Enter');
    await expect(names).toHaveCount(1);
    await expect(addName).toBeFocused();
    await addName.press('Enter');
    await expect(names.nth(1)).toBeFocused();
    // A name a letter from a profile's is asked about, in the build's words, before it is saved.
    await page.keyboard.type('Jane Do');
    await expect(names.nth(1)).toHaveValue('Jane Do');
    const asked = answerNextDialog(page, 'dismiss');
    await publish(page);
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain(
      '• Names without a profile: "Jane Do" is "Jane Doe" but for one letter, whose profile is',
    );
    await names.nth(1).press('Control+a');
    await names.nth(1).pressSequentially('Sam Okafor');
    await expect(names.nth(1)).toHaveValue('Sam Okafor');
    await expect(
      preview.getByText('By First Author, Nobody Known, Jane Doe and Sam Okafor'),
    ).toBeVisible();
    // Under it, as on the page, the role of each name with a profile that gives one.
    await expect(preview.locator('.story-head .roles')).toContainText(
      'First Author, Test fixture correspondent',
    );
    await publish(page);
    await expect
      .poll(() => frontMatterSoFar(file)?.author, { timeout: 15_000 })
      .toEqual(['First Author', 'Nobody Known', 'Jane Doe', 'Sam Okafor']);
    // View Live leads to the page its folder names, not to one named "index".
    const live = page.getByRole('link', { name: 'View Live' });
    await expect(live).toHaveAttribute('href', /\/articles\/by-two\/$/);
    const site = await page.context().newPage();
    await site.goto((await live.getAttribute('href'))!);
    await expect(site.locator('h1')).toHaveText(/a byline with a name that has no profile/);
    await site.close();
  });

  await test.step('a body photo with no alt text is refused, in the build’s words', async () => {
    const file = join(CMS_CONTENT, 'ferry', 'ferry.md');
    const before = readFileSync(file, 'utf8');
    await page.goto('/admin/#/collections/articles');
    await page.getByRole('link', { name: /a ferry story with its photos in folders/ }).click();
    await page.getByRole('textbox', { name: 'Story', exact: true }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n![](./pier.jpg)');
    const told = answerNextDialog(page, 'accept');
    await publish(page);
    const refused =
      'Story: ![](./pier.jpg) has no alt text (describe the picture: ![Waves over the sea wall](./pier.jpg))';
    await expect(page.getByText(`Not saved. ${refused}`)).toBeVisible();
    expect(told[0]).toContain(`the build would refuse one thing here:\n\n• ${refused}`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  await test.step('a kicker is previewed; a script in the body, which the build removes, is asked about first', async () => {
    const file = join(CMS_CONTENT, 'ferry', 'ferry.md');
    const before = readFileSync(file, 'utf8');
    // A kicker shows above the headline in the preview, as on the page.
    await page.getByLabel('Kicker (optional)').fill('Analysis');
    await expect((await previewOf(page)).locator('.kicker')).toHaveText('Analysis');
    // Select all, then type: on a busy machine the editor once took Control+A for its last line
    // alone, so it is done again until the story holds only what was typed.
    const story = page.getByRole('textbox', { name: 'Story', exact: true });
    await expect(async () => {
      await story.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('The ferry left.\n\n<script>alert(1)</script>\n\nThe pier is shut.');
      await expect(story).not.toContainText('pier.jpg', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    const asked = answerNextDialog(page, 'dismiss');
    await publish(page);
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('• Story: <script> is removed: a story cannot run script');
    await expect(
      page.getByText(/^Not saved\. Kept open to fix first: Story: <script>/),
    ).toBeVisible();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  expect(violations).toEqual([]);
});

test('on its own port, the CMS links to the site on that port, not the one in the settings', async ({
  request,
  baseURL,
}) => {
  const config = parse(await (await request.get('/admin/config.yml')).text()) as {
    site_url: string;
    display_url: string;
  };
  expect(config.site_url).toBe(`${new URL(baseURL!).origin}/`);
  expect(config.display_url).toBe(config.site_url);
});
