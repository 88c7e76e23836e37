import { describe, expect, it } from 'vitest';
import { repeatedHeadline } from '../../src/lib/repeatedHeadline.ts';

describe('repeatedHeadline', () => {
  const TITLE = 'Storm closes the coast road';

  it.each([
    ['\n# Storm closes the coast road\n\nText.', 1],
    ['## Storm Closes The Coast Road ##\n\nText.', 0],
    ['**Storm closes the coast road.**\n\nText.', 0],
    ['\n\nStorm closes the coast road\n\nText.', 2],
    ['Storm  closes the coast road\n===========================\n\nText.', 0],
  ])('finds the headline at the top of %j', (body, index) => {
    expect(repeatedHeadline(body, TITLE)).toBe(index);
  });

  it.each([
    'Text.\n\n# Storm closes the coast road',
    'Storm closes the coast road\nfor a second day, the council said.',
    'Storm closes the coast road for a second day.',
    'Storm closes the coast road.',
    '# Storm closes the coast road\n\n',
    '',
  ])('leaves %j', (body) => {
    expect(repeatedHeadline(body, TITLE)).toBeUndefined();
  });
});
