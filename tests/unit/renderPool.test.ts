import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/build/bodyStore.ts';
import { renderInParallel, renderPool } from '../../src/build/renderPool.ts';
import { withBodyWords } from '../../src/content/sync.ts';
import { type ValidArticle, validateArticle } from '../../src/content/validate.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const settings = withBodyWords({ base: '/', timeZone: 'UTC' });

/** Article `i`, valid, its body a sentence that names it. */
function article(i: number, body = `Story number ${i}.`): ValidArticle {
  const file = `content/story-${String(i).padStart(4, '0')}.md`;
  const text = `---\ntitle: Story ${i}\ndate: 2025-01-01\n---\n${body}\n`;
  const result = validateArticle(file, new TextEncoder().encode(text), settings);
  if (!result.valid) throw new Error(`fixture ${file} is not valid`);
  return result.valid;
}

/** A body nested deeper than the pipeline renders. */
const TOO_DEEP = `${'> '.repeat(2000)}deep`;

// Each worker loads the whole markdown pipeline as it starts: seconds on a loaded 2-core machine.
describe('renderPool', { timeout: 30_000 }, () => {
  it('renders on worker threads, records in the order added, every body stored, a failure named', async () => {
    const bodiesDir = await mkdtemp(join(tmpdir(), 'dateline-pool-'));
    const articles = Array.from({ length: 450 }, (_, i) =>
      i === 300 ? article(i, TOO_DEEP) : article(i),
    );
    const { records, problems } = await renderInParallel(articles, settings, bodiesDir, 2);
    expect(records.map((record) => record.filePath)).toEqual(
      articles.filter((_, i) => i !== 300).map((valid) => valid.file),
    );
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/story-0300\.md:5 body: nests quotes, lists or elements 2000 levels deep/,
      ),
    ]);
    const last = records.at(-1)!;
    expect(readBody(bodiesDir, last.body).html).toBe('<p>Story number 449.</p>');
  });

  it('starts rendering as articles are added, before it is told there are no more', async () => {
    const bodiesDir = await mkdtemp(join(tmpdir(), 'dateline-pool-early-'));
    const pool = renderPool(settings, bodiesDir, 2, 100);
    const first = article(0);
    for (let i = 0; i < 100; i++) pool.add(i === 0 ? first : article(i));
    // The first batch is rendered and stored while the pool waits for more.
    const { records } = await renderInParallel([first], settings, undefined, 1);
    const key = records[0]!.body;
    const stored = join(bodiesDir, key.slice(0, 2), `${key}.json`);
    const until = Date.now() + 20_000;
    while (!existsSync(stored) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(stored)).toBe(true);
    const done = await pool.finish();
    expect(done.records).toHaveLength(100);
  });

  it('renders on this thread below the threshold, with no worker to start', async () => {
    const bodiesDir = await mkdtemp(join(tmpdir(), 'dateline-pool-small-'));
    const pool = renderPool(settings, bodiesDir, 2, 100);
    for (let i = 0; i < 10; i++) pool.add(article(i));
    // Nothing is rendered until finish: no worker was started for ten articles.
    await new Promise((r) => setTimeout(r, 200));
    expect(await readdir(bodiesDir)).toEqual([]);
    const { records } = await pool.finish();
    expect((await readdir(bodiesDir)).length).toBeGreaterThan(0);
    expect(records.map((record) => record.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Story ${i}`),
    );
  });
});
