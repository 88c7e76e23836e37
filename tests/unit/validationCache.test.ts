import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/content/validate.ts';
import {
  emptyValidationCache,
  loadValidationCache,
  saveValidationCache,
  takeChanges,
  validateCached,
} from '../../src/build/validationCache.ts';

const settings = { base: '/', timeZone: 'UTC' };
const TEXT = '---\ntitle: A\ndate: 2025-01-01\n---\nBody of A.\n';

/** A file on disk, and a validator that counts its calls. */
async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-validation-'));
  const path = join(dir, 'a.md');
  await writeFile(path, TEXT);
  let calls = 0;
  const validate = (bytes: Uint8Array) => {
    calls++;
    return validateArticle('content/a.md', bytes, settings);
  };
  return { dir, path, validate, calls: () => calls };
}

describe('the validation cache of builds', () => {
  it('validates a file once while its bytes are unchanged, and gives its text back', async () => {
    const { dir, path, validate, calls } = await setup();
    const file = join(dir, 'validation.json');
    const first = emptyValidationCache('content');
    validateCached(first, 'content/a.md', path, validate);
    await saveValidationCache(file, 'sig', first);
    // What is saved holds no article text: that stays in the article's own file.
    expect(await readFile(file, 'utf8')).not.toContain('Body of A.');

    const second = await loadValidationCache(file, 'sig');
    const result = validateCached(second, 'content/a.md', path, validate);
    expect(calls()).toBe(1);
    expect(result.valid?.slug).toBe('a');
    expect(result.valid?.text).toBe(TEXT);

    await writeFile(path, TEXT.replace('Body', 'New body'));
    const changed = validateCached(second, 'content/a.md', path, validate);
    expect(calls()).toBe(2);
    expect(changed.valid?.text).toContain('New body');
  });

  it('is thrown away when the code or settings that validate have changed', async () => {
    const { dir, path, validate, calls } = await setup();
    const file = join(dir, 'validation.json');
    const cache = emptyValidationCache('content');
    validateCached(cache, 'content/a.md', path, validate);
    await saveValidationCache(file, 'old code', cache);
    validateCached(await loadValidationCache(file, 'new code'), 'content/a.md', path, validate);
    expect(calls()).toBe(2);
  });
});

describe('the validation cache and files with errors', () => {
  it('gives back the text of a file with errors, whose photos are still checked', async () => {
    const { dir, path } = await setup();
    const broken = TEXT.replace('2025-01-01', '2025-02-30');
    await writeFile(path, broken);
    const validate = (bytes: Uint8Array) => validateArticle('content/a.md', bytes, settings);
    const file = join(dir, 'validation.json');
    const first = emptyValidationCache('content');
    expect(validateCached(first, 'content/a.md', path, validate).salvaged?.text).toBe(broken);
    await saveValidationCache(file, 'sig', first);
    expect(await readFile(file, 'utf8')).not.toContain('Body of A.');
    const again = validateCached(
      await loadValidationCache(file, 'sig'),
      'content/a.md',
      path,
      () => {
        throw new Error('validated again');
      },
    );
    expect(again.valid).toBeUndefined();
    expect(again.salvaged?.text).toBe(broken);
  });
});

describe('the validation cache of the dev server', () => {
  it('looks again only at files the watcher reported, and keeps reports that come later', async () => {
    const { path, validate, calls } = await setup();
    const cache = emptyValidationCache('mtime');
    validateCached(cache, 'content/a.md', path, validate);
    cache.changed = new Set();
    await writeFile(path, TEXT.replace('Body', 'Edited body'));

    // Not reported: the known result stands, without even reading the file's time.
    let dirty = takeChanges(cache);
    validateCached(cache, 'content/a.md', path, validate, dirty);
    expect(calls()).toBe(1);

    cache.changed.add('content/a.md');
    dirty = takeChanges(cache);
    // A report arriving while this load runs is kept for the next load.
    cache.changed.add('content/a.md');
    const result = validateCached(cache, 'content/a.md', path, validate, dirty);
    expect(calls()).toBe(2);
    expect(result.valid?.text).toContain('Edited body');
    expect([...takeChanges(cache)!]).toEqual(['content/a.md']);
  });
});
