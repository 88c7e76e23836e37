import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_MODULE, contentStoreFilePlugin } from '../../src/integrations/contentStoreFile.ts';

const folder = mkdtempSync(join(tmpdir(), 'content-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Loaded = { code: string; meta: Record<string, unknown> };
type Hook = (this: unknown, id: string) => string | Loaded | undefined;
/** A Vite hook's function, given as itself or as `{ handler }`. */
const handler = (hook: unknown): Hook =>
  (typeof hook === 'function' ? hook : (hook as { handler: Hook }).handler) as Hook;
const server = { environment: { config: { consumer: 'server' } } };
const client = { environment: { config: { consumer: 'client' } } };

/** What the plugin gives a server bundle that imports Astro's store module. */
function loaded(plugin: Plugin): Loaded {
  const id = handler(plugin.resolveId).call(server, STORE_MODULE) as string;
  return handler(plugin.load).call(server, id) as Loaded;
}

/** The plugin's module for `file`, written out and imported as a built page would. */
async function storeModule(file: string): Promise<unknown> {
  const module = join(folder, `module-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(module, loaded(contentStoreFilePlugin(file)).code);
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('contentStoreFilePlugin', () => {
  it("takes Astro's store module on the server, and leaves every other module alone", () => {
    const plugin = contentStoreFilePlugin(join(folder, 'data-store.json'));
    const resolve = handler(plugin.resolveId);
    // Astro's own plugin resolves the same name: this one must be asked first.
    expect(plugin.resolveId).toMatchObject({ order: 'pre' });
    expect(resolve.call(server, STORE_MODULE)).toMatch(/^\0/);
    expect(resolve.call(client, STORE_MODULE)).toBeUndefined();
    expect(resolve.call(server, 'astro:content')).toBeUndefined();
    expect(handler(plugin.load).call(server, '/src/pages/index.astro')).toBeUndefined();
  });

  it('reads the records from the file when the page loads, as they are', async () => {
    const file = join(folder, 'data-store.json');
    const records = [{ articles: 1 }, ['a', 'b'], 'a "quoted" title'];
    writeFileSync(file, JSON.stringify(records));
    const { code, meta } = loaded(contentStoreFilePlugin(file));
    expect(code).not.toContain('quoted');
    // Content, as Astro marks its own module: left out of the pages' code digest.
    expect(meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    expect(await storeModule(file)).toEqual(records);
  });

  it('is an empty store when no content has been synced', async () => {
    expect(await storeModule(join(folder, 'missing.json'))).toEqual(new Map());
  });
});
