/**
 * The made photo sizes the dev server's pages have named, for the dev server to make when the
 * browser asks (see src/integrations/photos.ts): a build makes them all up front, the dev server
 * only those a page shows. Pages and the server's middleware are loaded apart (Vite's module
 * runner and Astro's config), so the table lives on `globalThis`, shared by the one process.
 */
import type { MadeSize } from '../lib/photoSizes.ts';

const TABLE = Symbol.for('dateline.devPhotos');

/** The table, made on first use. */
function table(): Map<string, MadeSize> {
  const shared = globalThis as { [TABLE]?: Map<string, MadeSize> };
  return (shared[TABLE] ??= new Map());
}

/** Notes that a page of the dev server names `size`. */
export function nameForDev(size: MadeSize): void {
  table().set(size.name, size);
}

/** The size a page of the dev server named `name`, if one did. */
export function namedInDev(name: string): MadeSize | undefined {
  return table().get(name);
}
