import { describe, expect, it } from 'vitest';
import { devProblemLines, showInDev } from '../../src/build/devProblems.ts';

describe("the dev server's problem lines", () => {
  it('are the last sync’s, none once it has none', () => {
    expect(devProblemLines()).toEqual([]);
    showInDev(['content/a.md:3 date: bad', '1 error in 1 file, 0 warnings']);
    expect(devProblemLines()).toEqual([
      'content/a.md:3 date: bad',
      '1 error in 1 file, 0 warnings',
    ]);
    showInDev([]);
    expect(devProblemLines()).toEqual([]);
  });
});
