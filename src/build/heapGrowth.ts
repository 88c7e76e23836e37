/**
 * How far the build's heap may outgrow what it holds. On a machine with memory to spare, V8 lets
 * a heap grow to four times what survived its last full collection before collecting again; a
 * build renders tens of thousands of pages, each leaving garbage behind, so at 50,000 stories the
 * main process held over 2 GiB while a collection found about a quarter of it in use. Collecting
 * at half again what survived keeps the build within reach of a small build machine, at the cost
 * of more collections (see docs/benchmark.md, "Memory").
 */
import { setFlagsFromString } from 'node:v8';

/** The heap grows by at most this share (percent) of what the last full collection kept. */
export const HEAP_GROWTH_PERCENT = 50;

/**
 * Sets V8's heap growing factor for this process. V8 reads it at every full collection, so it
 * holds from the next one on, though the process is already running.
 */
export function limitHeapGrowth(percent = HEAP_GROWTH_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
