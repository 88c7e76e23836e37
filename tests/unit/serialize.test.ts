import { describe, expect, it } from 'vitest';
import { serialized } from '../../src/lib/serialize.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('serialized', () => {
  it('never overlaps runs and folds a burst of calls into one more run', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const run = serialized(async () => {
      active += 1;
      most = Math.max(most, active);
      runs += 1;
      await tick();
      active -= 1;
    });
    await Promise.all(Array.from({ length: 200 }, () => run()));
    expect(most).toBe(1);
    expect(runs).toBe(2);
    await run();
    expect(runs).toBe(3);
  });

  it('runs again after a failed run, and reports the failure to its callers', async () => {
    let calls = 0;
    const run = serialized(async () => {
      calls += 1;
      await tick();
      if (calls === 1) throw new Error('broken file');
    });
    const first = run();
    const second = run();
    await expect(first).rejects.toThrow('broken file');
    await expect(second).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
