/**
 * How far the build's heap may outgrow what it holds. On a machine with memory to spare, V8 lets
 * a heap grow to up to four times what survived its last full collection before collecting again,
 * and every page rendered leaves garbage: at 10,000 stories the heap grew to about 600 MiB while
 * collections forced during the pages found 220 MiB in use. Collecting at half again what
 * survived keeps a large archive's build within a small build machine, at the cost of more
 * collections (see docs/benchmark.md, "Memory").
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
