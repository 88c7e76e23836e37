import { describe, expect, it } from 'vitest';
import { bylineParts, withoutByWord, writtenNames } from '../../src/lib/bylineParts.ts';

describe('bylineParts', () => {
  it('parts names, people and where the rest goes', () => {
    expect(bylineParts('Jane Doe and Sam Roe, AP')).toEqual({
      names: ['Jane Doe', 'Sam Roe', 'AP'],
      people: ['Jane Doe', 'Sam Roe'],
      moves: ['the agency in source: AP'],
    });
    expect(bylineParts('Jane Doe, City Hall Reporter')?.moves).toEqual([
      "a job title goes in the author's profile, as role: City Hall Reporter",
    ]);
  });

  it('reads one name, a suffix kept with it, as no parts', () => {
    expect(bylineParts('Jane Doe')).toBeUndefined();
    expect(bylineParts('Robert Kennedy, Jr.')).toBeUndefined();
  });
});

describe('withoutByWord', () => {
  const BY = ['By ', 'Por ', 'بقلم '];

  it('takes off the word a page prints before the names, in any case and language', () => {
    expect(withoutByWord('By Jane Doe', BY)).toEqual({ by: 'By', rest: 'Jane Doe' });
    expect(withoutByWord('por  sam roe', BY)).toEqual({ by: 'por', rest: 'sam roe' });
    expect(withoutByWord('بقلم سامي', BY)).toEqual({ by: 'بقلم', rest: 'سامي' });
  });

  it('leaves a name that only starts with the letters of the word', () => {
    expect(withoutByWord('Byron Bay', BY)).toEqual({ rest: 'Byron Bay' });
    expect(withoutByWord('By', BY)).toEqual({ rest: 'By' });
  });
});

describe('writtenNames', () => {
  it('writes one name alone and several as a YAML list', () => {
    expect(writtenNames(['Jane Doe'])).toBe('Jane Doe');
    expect(writtenNames(['Jane Doe', 'Sam Roe'])).toBe('[Jane Doe, Sam Roe]');
  });
});
