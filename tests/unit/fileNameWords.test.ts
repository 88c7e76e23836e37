import { describe, expect, it } from 'vitest';
import { workingWordsInSlug } from '../../src/lib/fileNameWords.ts';

describe('workingWordsInSlug', () => {
  it("finds a file's version words, not the headline's own", () => {
    expect(workingWordsInSlug('cafe-reopens-final', 'Café reopens')).toEqual(['final']);
    expect(workingWordsInSlug('budget-v2-copy', 'Budget passes')).toEqual(['v2', 'copy']);
    expect(workingWordsInSlug('cup-final-tonight', 'Cup final tonight')).toEqual([]);
    expect(workingWordsInSlug('old-bridge-reopens', 'The old bridge reopens')).toEqual([]);
    expect(workingWordsInSlug('finally-home', 'Finally home')).toEqual([]);
  });
});
