import { describe, expect, it } from 'vitest';
import { keptByline } from '../../src/cms/keptByline.ts';

describe('keptByline', () => {
  it('keeps a name with no profile the Authors box dropped, where the file had it', () => {
    expect(keptByline(['Some Name', 'Other Person'], 'Nobody Known', ['Nobody Known'])).toEqual([
      'Nobody Known',
      'Some Name',
      'Other Person',
    ]);
    expect(
      keptByline(['Some Name', 'Other Person'], ['Some Name', 'Nobody Known'], ['Nobody Known']),
    ).toEqual(['Some Name', 'Nobody Known', 'Other Person']);
  });

  it('leaves a byline alone when nothing was lost, or a name with a profile was taken out', () => {
    expect(keptByline(['Nobody Known'], 'Nobody Known', ['Nobody Known'])).toBeUndefined();
    expect(keptByline(['Other Person'], ['Some Name'], [])).toBeUndefined();
    expect(keptByline(undefined, undefined, ['Nobody Known'])).toBeUndefined();
    expect(keptByline([], ['Some Name', 'Nobody Known'], ['Nobody Known'])).toEqual([
      'Nobody Known',
    ]);
  });
});
