import { describe, expect, it } from 'vitest';
import { MAX_RENDER_THREADS, cpuQuota, renderThreads } from '../../src/lib/threads.ts';

describe('cpuQuota', () => {
  it('reads a cgroup v2 cpu.max line', () => {
    expect(cpuQuota('200000 100000\n')).toBe(2);
    expect(cpuQuota('150000 100000')).toBe(1.5);
  });
  it('is undefined when unlimited or unreadable', () => {
    expect(cpuQuota('max 100000')).toBeUndefined();
    expect(cpuQuota(undefined)).toBeUndefined();
    expect(cpuQuota('')).toBeUndefined();
  });
});

describe('renderThreads', () => {
  it('uses the container quota, not the host cores', () => {
    expect(renderThreads({ cores: 64, quota: 2 })).toBe(2);
    expect(renderThreads({ cores: 4, quota: 1.5 })).toBe(1);
    expect(renderThreads({ cores: 4, quota: 0.5 })).toBe(1);
  });
  it('caps the default and honours an override', () => {
    expect(renderThreads({ cores: 64 })).toBe(MAX_RENDER_THREADS);
    expect(renderThreads({ cores: 64, override: 12 })).toBe(12);
    expect(renderThreads({ cores: 4, override: 0 })).toBe(1);
  });
});
