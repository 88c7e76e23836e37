import { describe, expect, it } from 'vitest';
import { type BylineProfile, bylineProblems } from '../../src/content/bylineChecks.ts';
import { formatProblem } from '../../src/lib/problems.ts';

describe('bylineProblems', () => {
  const PROFILES = [
    { name: 'Ana Ruiz', filePath: 'content/authors/ana-ruiz.md', nameLine: 2 },
    { name: 'Sam Roe', filePath: 'content/authors/sam-roe.md', nameLine: 2 },
  ];
  const BY = ['By ', 'Por ', 'بقلم '];
  /** The warnings for one story whose byline is `names`, each on its own line from 4. */
  const told = (names: string[], profiles: BylineProfile[] = PROFILES) =>
    bylineProblems(
      [{ file: 'content/x.md', names: names.map((name, i) => ({ name, line: 4 + i })) }],
      profiles,
      BY,
    ).map(formatProblem);

  it('says nothing of names written as their profiles are, or of names with no profile', () => {
    expect(told(['Ana Ruiz', 'Sam Roe', 'A Guest Writer'])).toEqual([]);
  });

  it('tells a name that misses its profile by case or spacing, at the story, not at the profile', () => {
    expect(told(['ana ruiz', 'Sam  Roe'])).toEqual([
      'content/x.md:4 author: "ana ruiz" is written "Ana Ruiz" in its profile, content/authors/ana-ruiz.md, so the byline is not linked to it (write it as Ana Ruiz)',
      'content/x.md:5 author: "Sam  Roe" is written "Sam Roe" in its profile, content/authors/sam-roe.md, so the byline is not linked to it (write it as Sam Roe)',
    ]);
  });

  it('names the space that is not one, which looks like one', () => {
    expect(told(['Ana\u00a0Ruiz', 'Sam Roe'])).toEqual([
      'content/x.md:4 author: "Ana\u00a0Ruiz" has a non-breaking space (U+00A0) where its profile, content/authors/ana-ruiz.md, has a space, so the byline is not linked to it (write it as Ana Ruiz)',
    ]);
  });

  it('tells a name that misses its profile by its accents, and one named twice', () => {
    const profiles = [{ name: 'María López', filePath: 'content/authors/maria-lopez.md' }];
    expect(told(['Maria Lopez'], profiles)).toEqual([
      'content/x.md:4 author: "Maria Lopez" is written "María López" in its profile, content/authors/maria-lopez.md, so the byline is not linked to it (write it as María López)',
    ]);
    expect(told(['María López', 'MARÍA  LÓPEZ'], profiles)).toEqual([
      'content/x.md:5 author: "MARÍA  LÓPEZ" is "María López" again, written otherwise, so the page prints both names (delete one)',
    ]);
    // Two people may be named alike but for their accents: only a profile says who is meant.
    expect(told(['José Pérez', 'Jose Perez'], [])).toEqual([]);
    // Marks that are letters of another script are not accents: these are two names.
    expect(told(['राम'], [{ name: 'रम', filePath: 'content/authors/ram.md' }])).toEqual([
      'content/authors/ram.md: name: "रम" is in no byline (a profile nobody cites: check the spelling here and in the articles)',
    ]);
  });

  it('tells a name one slip of the fingers from a profile, and how to keep it if it is someone else', () => {
    expect(told(['Ana Ruis', 'Sma Roe'])).toEqual([
      'content/x.md:4 author: "Ana Ruis" is "Ana Ruiz" but for one letter, whose profile is content/authors/ana-ruiz.md, so the byline is not linked to it (write it as Ana Ruiz, or give Ana Ruis a profile of their own)',
      'content/x.md:5 author: "Sma Roe" is "Sam Roe" with two letters swapped, whose profile is content/authors/sam-roe.md, so the byline is not linked to it (write it as Sam Roe, or give Sma Roe a profile of their own)',
    ]);
    // With the "By" the page prints, and accents aside, as other misses are.
    expect(told(['By Ána Ruis', 'Sam Roe'])).toEqual([
      'content/x.md:4 author: "By Ána Ruis" begins with "By", which the page prints before the names already, and is "Ana Ruiz" but for one letter, whose profile is content/authors/ana-ruiz.md, so the byline is not linked to it (write it as Ana Ruiz, or give Ána Ruis a profile of their own)',
    ]);
  });

  it('leaves alone a name a slip from two profiles, or from a short one, or with a profile of its own', () => {
    const profiles = [
      { name: 'Jon Smith', filePath: 'content/authors/jon-smith.md' },
      { name: 'John Smith', filePath: 'content/authors/john-smith.md' },
      { name: 'Al Li', filePath: 'content/authors/al-li.md' },
    ];
    // Jonh Smith is a letter from Jon and two swapped from John: which was meant is a guess.
    expect(told(['Jonh Smith', 'Jon Smith', 'John Smith', 'Al Lu', 'Al Li'], profiles)).toEqual([]);
  });

  it('tells a name that begins with the word the page prints before it, in any language', () => {
    expect(told(['By Ana Ruiz', 'por sam roe', 'بقلم سامي', 'Byron Bay', 'By  Lee  Chan'])).toEqual(
      [
        'content/x.md:4 author: "By Ana Ruiz" begins with "By", which the page prints before the names already (write it as Ana Ruiz)',
        'content/x.md:5 author: "por sam roe" begins with "por", which the page prints before the names already, and is written "Sam Roe" in its profile, content/authors/sam-roe.md, so the byline is not linked to it (write it as Sam Roe)',
        'content/x.md:6 author: "بقلم سامي" begins with "بقلم", which the page prints before the names already (write it as سامي)',
        'content/x.md:8 author: "By  Lee  Chan" begins with "By", which the page prints before the names already (write it as Lee Chan)',
      ],
    );
  });

  it('names the people alone for a "By" before a name with a job title or an agency', () => {
    expect(told(['By Jane Doe, Staff Writer', 'By Jane Doe and Sam Poe, AP'], [])).toEqual([
      'content/x.md:4 author: "By Jane Doe, Staff Writer" begins with "By", which the page prints before the names already (write it as Jane Doe)',
      'content/x.md:5 author: "By Jane Doe and Sam Poe, AP" begins with "By", which the page prints before the names already (write it as [Jane Doe, Sam Poe])',
    ]);
  });

  it('tells one person named twice, spelt two ways, which the page would print twice', () => {
    expect(
      told(['Ana Ruiz', 'ana ruiz', 'Guest Writer', 'By Guest  Writer', 'Sam Roe', 'Sam Roe']),
    ).toEqual([
      'content/x.md:5 author: "ana ruiz" is "Ana Ruiz" again, written otherwise, so the page prints both names (delete one)',
      'content/x.md:7 author: "By Guest  Writer" is "Guest Writer" again, written otherwise, so the page prints both names (delete one)',
    ]);
    // Another story may spell a name as it likes: only one byline's own names are compared.
    expect(
      bylineProblems(
        [
          { file: 'content/x.md', names: [{ name: 'Guest Writer' }] },
          { file: 'content/y.md', names: [{ name: 'guest writer' }] },
        ],
        [],
        BY,
      ),
    ).toEqual([]);
  });

  it('tells a profile no byline names, even nearly', () => {
    expect(told(['Ana Ruiz'])).toEqual([
      'content/authors/sam-roe.md:2 name: "Sam Roe" is in no byline (a profile nobody cites: check the spelling here and in the articles)',
    ]);
  });
});
