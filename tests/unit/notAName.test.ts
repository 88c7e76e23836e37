import { describe, expect, it } from 'vitest';
import { notAName } from '../../src/lib/notAName.ts';

describe('notAName', () => {
  it.each([
    ['City Hall Reporter', 'a job title'],
    ['Staff Writer', 'a job title'],
    ['Washington correspondent', 'a job title'],
    ['Corresponsal en Madrid', 'a job title'],
    ['AP', 'a news agency'],
    ['The Associated Press', 'a news agency'],
    [' Reuters ', 'a news agency'],
  ])('reads %j as %s', (text, kind) => {
    expect(notAName(text)).toBe(kind);
  });

  it.each(['Jane Doe', 'Sam Editorson', 'Apolline Roe', 'Chiefa Obi', 'María Periodistas'])(
    'reads %j as a name',
    (text) => {
      expect(notAName(text)).toBeUndefined();
    },
  );
});
