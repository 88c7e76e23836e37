import { describe, expect, it } from 'vitest';
import { publishedAuthors, waitingProfiles } from '../../src/lib/shownProfiles.ts';

const hire = { name: 'New Hire', slug: 'new-hire', filePath: 'content/authors/new-hire.md' };
const staff = { name: 'Ben Okafor', slug: 'ben-okafor', filePath: 'content/authors/ben-okafor.md' };
const nobody = {
  name: 'Nobody Cites',
  slug: 'nobody-cites',
  filePath: 'content/authors/nobody.md',
};

describe('publishedAuthors', () => {
  it('keeps the profiles a shown story names', () => {
    expect(publishedAuthors([hire, staff, nobody], [{ authors: ['Ben Okafor'] }])).toEqual([staff]);
  });
});

describe('waitingProfiles', () => {
  it('warns of a profile only drafts or held-back stories name, and of no other', () => {
    const stories = [{ authors: ['Ben Okafor'] }, { authors: ['New Hire', 'Ben Okafor'] }];
    expect(waitingProfiles([hire, staff, nobody], stories, new Set(['ben-okafor']))).toEqual([
      {
        file: 'content/authors/new-hire.md',
        field: 'name',
        message:
          '"New Hire" has no published story yet: the profile gets its page when the first is published',
        severity: 'warning',
      },
    ]);
    expect(waitingProfiles([hire], stories, new Set(['new-hire']))).toEqual([]);
  });
});
