import { describe, expect, it } from 'vitest';
import { siteFileSchema } from '../../src/content/siteSchema.ts';
import { frontmatterSchema } from '../../src/content/articleSchema.ts';
import { authorFrontmatterSchema } from '../../src/content/authorSchema.ts';
import {
  blankFields,
  checkEntry,
  filingProblem,
  refusalMessage,
} from '../../src/cms/saveChecks.ts';
import { formLabels } from '../../src/cms/config.ts';

const SITE = {
  name: 'Dateline',
  description: 'News.',
  url: 'https://news.example.com',
  lang: 'en',
  timeZone: 'UTC',
  articlesPerPage: 20,
};
const place = {
  collection: 'site',
  path: 'content/site.yaml',
  fileSlug: 'site',
  stories: [],
  timeZone: 'UTC',
};

describe('the settings form', () => {
  it('leaves a cleared setting out, so it reads as unset', () => {
    const entered = { ...SITE, drawnCardDays: '', agencies: null };
    expect(blankFields(entered)).toEqual(['drawnCardDays', 'agencies']);
    expect(blankFields(SITE)).toEqual([]);
    // Saved as the form left it, a cleared number is unset too, not an error.
    expect(checkEntry(siteFileSchema, entered, place)).toEqual([]);
  });

  it('refuses a number of card days the build refuses, in its words', () => {
    expect(checkEntry(siteFileSchema, { ...SITE, drawnCardDays: -1 }, place)).toEqual([
      'drawnCardDays: is below 0 days (e.g. drawnCardDays: 30)',
    ]);
    expect(checkEntry(siteFileSchema, { ...SITE, drawnCardDays: 50_000 }, place)).toEqual([
      "drawnCardDays: is more than 36500 days (leave it empty to keep every story's card)",
    ]);
    expect(checkEntry(siteFileSchema, { ...SITE, drawnCardDays: 30 }, place)).toEqual([]);
  });
});

describe('a profile', () => {
  const where = {
    collection: 'authors',
    path: 'content/authors/jane-doe.md',
    fileSlug: 'jane-doe',
    stories: [],
    timeZone: 'UTC',
  };

  it('is saved without a portrait, and refused with half of one, in the build’s words', () => {
    expect(checkEntry(authorFrontmatterSchema, { name: 'Jane Doe' }, where)).toEqual([]);
    const half = checkEntry(
      authorFrontmatterSchema,
      { name: 'Jane Doe', photo: { src: './jane.jpg' } },
      where,
    );
    expect(half).toHaveLength(1);
    expect(half[0]).toMatch(/^photo\.alt: /);
    // In the CMS, by the labels the editor sees over the fields.
    const shown = checkEntry(
      authorFrontmatterSchema,
      { name: 'Jane Doe', photo: { src: './jane.jpg' } },
      where,
      formLabels(authorFrontmatterSchema),
    );
    expect(shown).toEqual([half[0]!.replace(/^photo\.alt:/, 'Photo › Alt text:')]);
    // Alt text with no portrait: either fix, as the form offers them.
    expect(
      checkEntry(
        authorFrontmatterSchema,
        { name: 'Jane', photo: { alt: 'Jane' } },
        where,
        formLabels(authorFrontmatterSchema),
      ),
    ).toEqual([
      'Photo › Portrait: is required (the alt text describes a portrait: add the portrait, or delete the alt text)',
    ]);
  });
});

describe('refusalMessage', () => {
  it('lists each problem on its own, then says what to do', () => {
    expect(refusalMessage(['Title: is required'])).toBe(
      'Not saved: the build would refuse one thing here:\n\n• Title: is required\n\nCorrect it in the form, then save again.',
    );
    expect(refusalMessage(['Title: is required', 'Date: is required'])).toBe(
      'Not saved: the build would refuse 2 things here:\n\n• Title: is required\n\n• Date: is required\n\nCorrect them in the form, then save again.',
    );
  });
});

describe('a story', () => {
  const place = {
    collection: 'articles',
    path: undefined,
    fileSlug: 'harbour',
    stories: [],
    timeZone: 'America/Los_Angeles',
  };

  it('is refused with an update or a correction dated before it, as the build refuses it', () => {
    const fields = {
      title: 'Harbour reopens',
      date: '2025-05-10T09:00:00+00:00',
      updated: '2025-05-09',
      corrections: [
        { date: '2025-05-11', text: 'The harbour reopened on Monday.' },
        { date: '2025-05-01', text: 'It was Sunday.' },
      ],
    };
    expect(checkEntry(frontmatterSchema, fields, place, formLabels(frontmatterSchema))).toEqual([
      'Updated: "2025-05-09" is before the story, dated 2025-05-10 02:00 America/Los_Angeles (an update comes after the story: date it 2025-05-10 02:00 America/Los_Angeles or later)',
      'Corrections › 2nd entry › Date: "2025-05-01" is before the story, dated 2025-05-10 in the site\'s time zone, America/Los_Angeles (a correction comes after the story: date it 2025-05-10 or later)',
    ]);
    // A correction on the story's own day in the site's zone, though the next day in UTC.
    const evening = { title: 'Harbour reopens', date: '2025-05-11T03:00:00+00:00' };
    const sameDay = [{ date: '2025-05-10', text: 'The harbour reopened on Monday.' }];
    expect(checkEntry(frontmatterSchema, { ...evening, corrections: sameDay }, place)).toEqual([]);
    expect(
      checkEntry(
        frontmatterSchema,
        { ...evening, corrections: sameDay },
        { ...place, timeZone: 'UTC' },
      ),
    ).toHaveLength(1);
    expect(checkEntry(frontmatterSchema, { ...fields, updated: '2025-05-10' }, place)).toEqual([
      'corrections, 2nd entry, date: "2025-05-01" is before the story, dated 2025-05-10 in the site\'s time zone, America/Los_Angeles (a correction comes after the story: date it 2025-05-10 or later)',
    ]);
  });

  it("is refused, new, where the headline's folder holds another story that month, whatever its slug", () => {
    const other = {
      slug: 'harbour',
      aliases: [],
      file: 'content/2026/12/harbour/harbour.md',
      published: true,
    };
    const fields = { title: 'Harbour', date: '2026-12-06T09:00:00+00:00', slug: 'harbour-again' };
    const filed = { ...place, stories: [other], filedOn: '2026-12-06' };
    // The build takes two stories in one folder: the refusal is the CMS's own.
    expect(checkEntry(frontmatterSchema, fields, filed)).toEqual([]);
    const filing = filingProblem(filed, formLabels(frontmatterSchema));
    expect(filing).toBe(
      'Title: a new story is filed in a folder named from its headline, and content/2026/12/harbour/ holds another story, harbour.md, already: the two would share the folder and its photos (save it first under another headline, which names its folder for good, then change the headline back if you like; Slug changes the address, not the folder)',
    );
    expect(refusalMessage([], [filing!])).toBe(
      `Not saved: the CMS would file this story badly:\n\n• ${filing}\n\nCorrect it in the form, then save again.`,
    );
    expect(refusalMessage(['Date: is required'], [filing!])).toBe(
      `Not saved: the build would refuse one thing here:\n\n• Date: is required\n\nand the CMS would file this story badly:\n\n• ${filing}\n\nCorrect them in the form, then save again.`,
    );
    // Its headline, as the new story's address, is the other's: the headline is what to change,
    // told once where the folder is the other's too, as the address another month.
    const unslugged = { ...fields, slug: undefined };
    const named = formLabels(frontmatterSchema);
    expect(checkEntry(frontmatterSchema, unslugged, filed, named)).toEqual([]);
    const nextMonth = { ...filed, filedOn: '2027-01-02' };
    expect(checkEntry(frontmatterSchema, unslugged, nextMonth, named)).toEqual([
      "Title: makes the address harbour, another story's already (content/2026/12/harbour/harbour.md) (change the headline, or write an address of this story's own in Slug, such as harbour-2: the address is made from the headline as first saved)",
    ]);
    // A slug written in the form, as another's (and its next free form, too): the slug.
    const both = { ...filed, stories: [other, { ...other, slug: 'harbour-2', file: 'b.md' }] };
    expect(
      checkEntry(
        frontmatterSchema,
        { ...fields, slug: 'harbour' },
        both,
        formLabels(frontmatterSchema),
      ),
    ).toEqual([
      `Slug: "harbour" is another story's address already (content/2026/12/harbour/harbour.md) (write one of this story's own in Slug, such as harbour-3)`,
    ]);
    // Decap names the folder its own way: a curly apostrophe is a hyphen there.
    const curly = {
      ...other,
      slug: 'mayor-s-plan',
      file: 'content/2026/12/mayor-s-plan/mayor-s-plan.md',
    };
    const apostrophe = {
      ...place,
      stories: [curly],
      filedOn: '2026-12-09',
      filedAs: 'mayor-s-plan',
    };
    expect(filingProblem({ ...apostrophe, fileSlug: 'mayors-plan' })).toMatch(
      /content\/2026\/12\/mayor-s-plan\/ holds another story/,
    );
    // Another month's folder is its own; a story saved already keeps the file it has.
    expect(filingProblem({ ...filed, filedOn: '2027-01-02' })).toBeUndefined();
    expect(
      filingProblem({ ...filed, path: 'content/2026/12/harbour/harbour-1.md' }),
    ).toBeUndefined();
  });
});
