import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  appendFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cardDrawer } from '../../src/build/cardDrawer.ts';
import { cardDrawing } from '../../src/build/caches.ts';
import { FONT_PACKAGES, fontDirs } from '../../src/build/cardFonts.ts';
import { codeDigest } from '../../src/build/codeDigest.ts';
import type { CardSpec } from '../../src/lib/drawnCard.ts';
import { CARD_MARGIN, CARD_SIZE, fontsConfig } from '../../src/lib/drawnCardLayout.ts';

const root = resolve();
const work = await mkdtemp(join(tmpdir(), 'dateline-cards-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** A drawer with every font, or with the fonts of some packages left out. */
function drawer(dir: string, without: readonly string[] = []) {
  const packages = FONT_PACKAGES.filter((name) => !without.includes(name));
  return cardDrawer({ root, dir: join(work, dir), fonts: fontDirs(root, packages) });
}

/** A card's size, format and the box its ink (pixels darker than mid grey) covers. */
async function inkOf(file: string) {
  const image = sharp(file);
  const { format, width, height, channels } = await image.metadata();
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  let left = info.width;
  let right = -1;
  let top = info.height;
  let bottom = -1;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[(y * info.width + x) * info.channels]! >= 128) continue;
      dark++;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return { format, width, height, channels, dark, left, right, top, bottom };
}

/** How wide the ink is between rows `from` and `to`: the span from its first to its last column. */
async function inkWidth(file: string, from: number, to: number): Promise<number> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  let left = info.width;
  let right = -1;
  for (let y = from; y < to; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[(y * info.width + x) * info.channels]! >= 128) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  return right - left;
}

const arabic: CardSpec = {
  title: 'أمواج تتجاوز سور البحر',
  date: '١٨ أبريل ٢٠٢٥',
  site: 'Dateline',
  lang: 'ar',
  dir: 'rtl',
};

describe('drawn social cards', () => {
  const all = drawer('all');

  it('draws an Arabic headline as a 1200×630 PNG, set from the right edge', async () => {
    const card = await inkOf(await all.file('arabic', arabic));
    expect(card).toMatchObject({ format: 'png', ...CARD_SIZE, channels: 1 });
    // Text was drawn: thousands of dark pixels, inside the margins.
    expect(card.dark).toBeGreaterThan(5000);
    expect(card.top).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(card.bottom).toBeLessThanOrEqual(CARD_SIZE.height - CARD_MARGIN);
    // Right to left: the short lines end at the right margin and leave the left half empty.
    expect(card.right).toBeGreaterThan(CARD_SIZE.width - CARD_MARGIN - 12);
    expect(card.right).toBeLessThanOrEqual(CARD_SIZE.width - CARD_MARGIN);
    expect(card.left).toBeGreaterThan(CARD_MARGIN + 200);
  });

  it('sets an English headline from the left edge', async () => {
    const card = await inkOf(
      await all.file('english', {
        ...arabic,
        title: 'Waves top the sea wall',
        date: 'April 18, 2025',
        lang: 'en',
        dir: 'ltr',
      }),
    );
    expect(card.left).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(card.left).toBeLessThan(CARD_MARGIN + 12);
    expect(card.right).toBeLessThan(CARD_SIZE.width - CARD_MARGIN - 200);
  });

  // Each script's glyphs come from its own font: without it the card is different (blank boxes,
  // since the drawing process knows no other fonts). One headline per script.
  const other = (title: string, lang: string): CardSpec => ({
    ...arabic,
    title,
    lang,
    date: '2025-04-18',
    dir: lang === 'he' ? 'rtl' : 'ltr',
  });
  const SC = '@expo-google-fonts/noto-sans-sc';
  const KR = '@expo-google-fonts/noto-sans-kr';
  it.each([
    ['Arabic', ['@expo-google-fonts/noto-sans-arabic'], arabic],
    ['Hebrew', ['@expo-google-fonts/noto-sans-hebrew'], other('גלים מעל חומת הים', 'he')],
    ['Chinese', [SC], other('海浪越过海堤', 'zh')],
    // Kana are in both CJK fonts, drawn alike.
    ['Japanese kana', [SC, KR], other('かなカナ', 'ja')],
    ['Korean', [KR], other('파도가 방파제를 넘다', 'ko')],
    ['emoji', ['@expo-google-fonts/noto-emoji'], other('Heat wave 🔥🌡️ grips the city', 'en')],
  ])('draws %s with the fonts made for it', async (_script, fonts, spec) => {
    const name = `${spec.lang}-script`;
    const drawn = await all.file(name, spec);
    expect((await inkOf(drawn)).dark).toBeGreaterThan(2000);
    const without = await drawer(`without-${spec.lang}`, fonts).file(name, spec);
    expect((await readFile(drawn)).equals(await readFile(without))).toBe(false);
  });

  it('draws a card once: asked twice, or by a later drawer over the same folder', async () => {
    const spec = { ...arabic, title: 'Drawn once' };
    const [first, second] = await Promise.all([all.file('once', spec), all.file('once', spec)]);
    expect(second).toBe(first);
    const before = await stat(first);
    const again = await drawer('all').file('once', spec);
    expect(again).toBe(first);
    expect((await stat(again)).mtimeMs).toBe(before.mtimeMs);
  });

  // What a careless or hostile headline holds: markup and entities, bidi overrides, characters
  // XML cannot hold, emoji, a wall of combining marks, and a headline of 5,000 letters.
  it.each([
    ['markup', '</span><span size="400pt" foreground="red">Owned</span> &amp; <b>bold</b> & co'],
    ['bidi overrides', '\u202eevil\u202c headline \u2067عربي\u2069 mixed'],
    ['characters XML cannot hold', 'Bell \u0007 and \ufffe and a lone \ud800 surrogate'],
    ['emoji', 'Storm 🌊🌀 hits 🏠 coast'],
    ['combining marks', `Z${'\u0301\u0300\u0302'.repeat(60)}algo headline`],
    ['a wall of text', 'word '.repeat(1000)],
  ])('draws a card for a headline with %s, inside its margins', async (kind, title) => {
    const file = await all.file(`hostile-${kind.replace(/\W+/g, '-')}`, {
      ...arabic,
      title,
      dir: 'ltr',
      lang: 'en',
    });
    const card = await inkOf(file);
    expect(card).toMatchObject({ format: 'png', ...CARD_SIZE, channels: 1 });
    expect(card.dark).toBeGreaterThan(1000);
    expect(card.top).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(card.bottom).toBeLessThanOrEqual(CARD_SIZE.height - CARD_MARGIN);
    expect(card.left).toBeGreaterThanOrEqual(CARD_MARGIN - 2);
    expect(card.right).toBeLessThanOrEqual(CARD_SIZE.width - CARD_MARGIN + 2);
    // The card still reads as a card: its first line is the site's name, a word of ink.
    expect(await inkWidth(file, card.top, card.top + 30)).toBeGreaterThan(100);
  });

  it('prunes the cards no longer asked for, and draws a pruned card again when asked', async () => {
    const cards = drawer('prune');
    const kept = await cards.file('kept', { ...arabic, title: 'Kept' });
    const old = await cards.file('old', { ...arabic, title: 'Retitled since' });
    expect(await cards.prune(new Set(['kept']))).toBe(1);
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(await cards.file('old', { ...arabic, title: 'Retitled since' })).toBe(old);
    expect(existsSync(old)).toBe(true);
  });

  it('draws many cards a few at a time, and tries no more after one it cannot draw', async () => {
    const cards = Array.from({ length: 12 }, (_, i) => ({
      name: `many-${i}`,
      spec: { ...arabic, title: `Headline ${i}`, lang: 'en', dir: 'ltr' as const },
    }));
    expect(await drawer('many').drawAll(cards)).toBe(12);
    for (const { name } of cards) expect(existsSync(join(work, 'many', `${name}.png`))).toBe(true);
    // A file stands where the cache folder should be: the first cards sent fail, and the four
    // not yet sent are never tried (nor is a card process started for each).
    await writeFile(join(work, 'blocked'), '');
    const failure = drawer('blocked/cards').drawAll(cards);
    await expect(failure).rejects.toThrow(/^social cards not drawn:\nmany-0: .*ENOTDIR/);
    await expect(failure).rejects.toThrow(/\n\(4 more cards not tried after that\)$/);
  });

  it('keeps one card process through a drawAll, however late the next card is sent', async () => {
    const cards = Array.from({ length: 24 }, (_, i) => ({
      name: `late-${i}`,
      spec: { ...arabic, title: `Late headline ${i}`, lang: 'en', dir: 'ltr' as const },
    }));
    const cardsDrawer = drawer('late');
    // A build's main thread renders pages between answers: here it is busy 150 ms in every 160,
    // so the process has drawn every card sent before it is sent more.
    const busy = setInterval(() => {
      const until = Date.now() + 150;
      while (Date.now() < until);
    }, 10);
    try {
      expect(await cardsDrawer.drawAll(cards)).toBe(24);
    } finally {
      clearInterval(busy);
    }
    expect(cardsDrawer.starts()).toBe(1);
    // Once drawAll is done the process is let go: the next card starts another.
    await cardsDrawer.file('late-after', { ...arabic, title: 'Asked for after' });
    expect(cardsDrawer.starts()).toBe(2);
  });

  it('draws the same bytes every time', async () => {
    const spec = { ...arabic, title: 'Same bytes, سور البحر, 海堤' };
    const a = await readFile(await drawer('a').file('same', spec));
    const b = await readFile(await drawer('b').file('same', spec));
    expect(a.equals(b)).toBe(true);
  });

  it("names how cards are drawn by what the drawing code does and the fonts' packages", async () => {
    // A project of its own: the source copied, the installed packages shared.
    const project = join(work, 'project');
    await cp(join(root, 'src'), join(project, 'src'), { recursive: true });
    await cp(join(root, 'package.json'), join(project, 'package.json'));
    await symlink(join(root, 'node_modules'), join(project, 'node_modules'));
    const stamps = [await cardDrawing(project)];
    expect(await cardDrawing(project)).toBe(stamps[0]);
    // A comment is not a change to how cards are drawn; a statement in any module the worker
    // imports is, found through its imports.
    const { graph } = await codeDigest(project, ['src/build/cardWorker.ts']);
    expect(graph.modules).toEqual(
      expect.arrayContaining([
        'src/build/cardWorker.ts',
        'src/lib/drawnCardLayout.ts',
        'src/build/cardFonts.ts',
        'src/build/atomicWrite.ts',
      ]),
    );
    await appendFile(join(project, graph.modules[0]!), '\n// a comment\n');
    expect(await cardDrawing(project)).toBe(stamps[0]);
    for (const [i, file] of graph.modules.entries()) {
      await appendFile(join(project, file), `\nexport const changed${i} = ${i};\n`);
      stamps.push(await cardDrawing(project));
    }
    stamps.push(await cardDrawing(project, FONT_PACKAGES.slice(0, 3)));
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('draws nothing unless the card process sees the bundled fonts alone', async () => {
    const worker = join(root, 'src/build/cardWorker.ts');
    /** What the font check says in a process whose fontconfig file is `config` (none: unset). */
    const check = (config: string | undefined) => {
      const env = { ...process.env };
      delete env.FONTCONFIG_FILE;
      if (config) env.FONTCONFIG_FILE = config;
      const run = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { bundledFontsOnly } from ${JSON.stringify(worker)}; console.log((await bundledFontsOnly()) ?? 'bundled only');`,
        ],
        { env, encoding: 'utf8' },
      );
      return `${run.stdout}${run.stderr}`.trim();
    };
    const dir = join(work, 'fonts-check');
    await mkdir(dir, { recursive: true });
    const bundled = join(dir, 'bundled.conf');
    await writeFile(bundled, fontsConfig(fontDirs(root), join(dir, 'cache')));
    expect(check(bundled)).toBe('bundled only');
    expect(check(undefined)).toMatch(/has no fontconfig file of its own/);
    expect(check(join(dir, 'missing.conf'))).toMatch(/has no fontconfig file of its own/);
    // A machine whose own monospace font fontconfig can see: it would set cards in it.
    const mono = dirname(
      createRequire(join(root, 'package.json')).resolve(
        '@expo-google-fonts/noto-sans-mono/package.json',
      ),
    );
    const machine = join(dir, 'machine.conf');
    await writeFile(
      machine,
      fontsConfig([...fontDirs(root), join(mono, '400Regular')], join(dir, 'cache')).replace(
        '</fontconfig>',
        '<alias><family>monospace</family><prefer><family>Noto Sans Mono</family></prefer></alias></fontconfig>',
      ),
    );
    expect(check(machine)).toMatch(/is given fonts other than the bundled ones/);
    // The machine's own configuration, as a process without a file of its own reads it.
    const system = join(dir, 'system.conf');
    await writeFile(
      system,
      fontsConfig(fontDirs(root), join(dir, 'cache')).replace(
        '</fontconfig>',
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include></fontconfig>',
      ),
    );
    expect(check(system)).toMatch(/is given fonts other than the bundled ones/);
    // A file fontconfig cannot read: it falls back to the machine's own configuration and fonts
    // (Chromium, which the browser tests need, brings fonts with it), and the probe sees them.
    const broken = join(dir, 'broken.conf');
    await writeFile(
      broken,
      fontsConfig(fontDirs(root), join(dir, 'cache')).replace('</fontconfig>', '<dir>'),
    );
    expect(check(broken)).toMatch(/sees fonts other than the bundled ones/);
  });
});
