/** More render threads than this only add memory: each holds its own markdown pipeline. */
export const MAX_RENDER_THREADS = 8;

/** The CPUs a cgroup v2 `cpu.max` line allows (`200000 100000` → 2), or undefined when unlimited. */
export function cpuQuota(cpuMax: string | undefined): number | undefined {
  const match = /^(\d+)\s+(\d+)\s*$/.exec(cpuMax?.trim() ?? '');
  if (!match) return undefined;
  const [quota, period] = [Number(match[1]), Number(match[2])];
  return period > 0 ? quota / period : undefined;
}

/**
 * How many threads render articles: the override when given, else the cores the machine reports
 * bounded by the container's CPU quota (a host's core count is not what a container may use),
 * at least 1 and at most MAX_RENDER_THREADS.
 */
export function renderThreads(options: {
  cores: number;
  quota?: number | undefined;
  override?: number | undefined;
}): number {
  if (options.override !== undefined) return Math.max(1, Math.floor(options.override));
  const allowed = Math.min(options.cores, options.quota ?? Infinity);
  return Math.max(1, Math.min(MAX_RENDER_THREADS, Math.floor(allowed)));
}
