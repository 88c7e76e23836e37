import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../src/lib/limit.ts';

describe('mapLimited', () => {
  it('keeps the order of its input and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const result = await mapLimited(
      Array.from({ length: 50 }, (_, i) => i),
      async (n) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
        running--;
        return n * 2;
      },
      4,
    );
    expect(result).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(most).toBe(4);
  });
});
