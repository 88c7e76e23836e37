import { describe, expect, it } from 'vitest';
import {
  bylineWarnings,
  copyWarning,
  entryWarnings,
  oneNotice,
  splitTopics,
  warningsQuestion,
} from '../../src/cms/saveWarnings.ts';
import { formLabels } from '../../src/cms/config.ts';
import { frontmatterSchema } from '../../src/content/articleSchema.ts';
import { copyKey } from '../../src/lib/copies.ts';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('entryWarnings', () => {
  it("gives the build's warnings on a story's fields, in its words", () => {
    const fields = {
      title: 'Harbour reopens TK',
      date: '2062-12-04',
      tags: ['Transport; Harbour', 'Fish\u200bing'],
    };
    expect(entryWarnings(fields, NOW)).toEqual([
      'tags, 2nd entry: "Fish<U+200B>ing" holds a character that takes no room (U+200B), pasted with the text: the words are not the ones they look like (delete it: retype the word)',
      'tags, 1st entry: "Transport; Harbour" is one topic: a ; does not separate tags (for 2 topics, separate them with commas: Transport, Harbour)',
      'title: holds "TK", a note for the desk, where readers would see it (write what belongs there, or delete it)',
      'date: "2062-12-04" is 36 years ahead, so the story is held back until then (check the year)',
    ]);
    // In the CMS, by the labels the editor sees over the fields.
    expect(
      entryWarnings(fields, NOW, formLabels(frontmatterSchema)).map((line) => line.split(':')[0]),
    ).toEqual(['Tags', 'Tags', 'Title', 'Date']);
    // The form's own data is left as it was.
    expect(fields.tags).toEqual(['Transport; Harbour', 'Fish\u200bing']);
  });

  it('gives none for a story written as the build expects, and no date warning on a draft', () => {
    const story = {
      title: 'Harbour reopens after the storm',
      date: '2026-05-20T09:30:00-07:00',
      summary: 'Boats are back a week after the storm.',
      author: ['First Author'],
      tags: ['Politics', 'Harbour'],
      image: { src: './harbour.jpg', alt: 'Fishing boats moored in the reopened harbour' },
    };
    expect(entryWarnings(story, NOW)).toEqual([]);
    expect(entryWarnings({ ...story, date: '2062-12-04', draft: true }, NOW)).toEqual([]);
  });
});

describe('entryWarnings on a new story’s address', () => {
  it('tells a note for the desk its headline gives the address, by the form’s labels', () => {
    const fields = { title: 'Harbour wall repaired TK', date: '2026-05-20' };
    const told = entryWarnings(
      fields,
      NOW,
      formLabels(frontmatterSchema),
      'harbour-wall-repaired-tk',
    );
    expect(told).toContain(
      'Slug: "harbour-wall-repaired-tk" holds "tk", a note for the desk, which readers would see in the story\'s address (set Slug to harbour-wall-repaired)',
    );
    // A slug of its own, without the note: the address is that.
    const own = entryWarnings({ ...fields, slug: 'harbour-wall' }, NOW, undefined, 'x-tk');
    expect(own.filter((line) => line.startsWith('slug'))).toEqual([]);
  });
});

describe('entryWarnings on a lead photo', () => {
  const story = { title: 'Harbour reopens', date: '2026-05-20' };

  it('asks about alt text with no photo, or one that describes nothing, as the build warns', () => {
    const [noPhoto] = entryWarnings({ ...story, image: { alt: 'Boats in the harbour' } }, NOW);
    expect(noPhoto).toMatch(/^image: has no src:, so the story has no lead photo/);
    const [vague] = entryWarnings(
      { ...story, image: { src: './a.jpg', alt: 'IMG_1234.jpg' } },
      NOW,
    );
    expect(vague).toMatch(/^image\.alt: /);
    // A draft may hold what is left to fill in.
    expect(entryWarnings({ ...story, draft: true, image: { alt: 'Boats' } }, NOW)).toEqual([]);
  });
});

describe('bylineWarnings', () => {
  const profiles = [{ name: 'Jane Doe', filePath: 'content/authors/jane-doe.md' }];

  it('warns of a byline name as the build does: a near miss, a "By", one person named two ways', () => {
    expect(bylineWarnings(['jane doe', 'By Sam Roe', 'Jane Do'], profiles)).toEqual([
      '"jane doe" is written "Jane Doe" in its profile, content/authors/jane-doe.md, so the byline is not linked to it (write it as Jane Doe)',
      '"By Sam Roe" begins with "By", which the page prints before the names already (write it as Sam Roe)',
      '"Jane Do" is "Jane Doe" but for one letter, whose profile is content/authors/jane-doe.md, so the byline is not linked to it (write it as Jane Doe, or give Jane Do a profile of their own)',
    ]);
    expect(bylineWarnings(['Jane Doe', 'JANE DOE'], profiles)).toEqual([
      '"JANE DOE" is "Jane Doe" again, written otherwise, so the page prints both names (delete one)',
    ]);
  });

  it('says nothing of a byline the profiles match, or a name with no profile near one', () => {
    expect(bylineWarnings('Jane Doe', profiles)).toEqual([]);
    expect(bylineWarnings(['Sam Okafor', 'Jane Doe'], profiles)).toEqual([]);
    expect(bylineWarnings(undefined, profiles)).toEqual([]);
  });
});

describe('copyWarning', () => {
  const other = {
    slug: 'storm',
    aliases: [],
    file: 'content/2026/12/storm/storm.md',
    published: true,
    copyKey: copyKey('Storm closes the coast road', 'en', '2026-12-05'),
  };
  const place = { path: undefined, timeZone: 'America/Los_Angeles', lang: 'en' };
  const fields = { title: 'Storm closes the Coast Road', date: '2026-12-06T03:00:00+00:00' };

  it("tells the build's warning for a headline another story has on that day, in the site's zone", () => {
    expect(copyWarning(fields, [other], place)).toBe(
      'is the headline of content/2026/12/storm/storm.md too, on the same day, so readers see the story twice (a copy? delete one of the two files, or give this story its own headline)',
    );
    // The next day in UTC is the 6th: no copy there.
    expect(copyWarning(fields, [other], { ...place, timeZone: 'UTC' })).toBeUndefined();
  });

  it('leaves alone a draft, another language, and the story itself', () => {
    expect(copyWarning({ ...fields, draft: true }, [other], place)).toBeUndefined();
    expect(copyWarning({ ...fields, lang: 'es' }, [other], place)).toBeUndefined();
    expect(copyWarning(fields, [other], { ...place, path: other.file })).toBeUndefined();
    expect(copyWarning(fields, [{ ...other, copyKey: undefined }], place)).toBeUndefined();
  });
});

describe('warningsQuestion and oneNotice', () => {
  it('asks with each warning on its own line', () => {
    expect(warningsQuestion(['title: a', 'date: b'])).toBe(
      'The build will warn of 2 things in this story:\n\n• title: a\n\n• date: b\n\nSave it as it is? (Cancel to fix it first.)',
    );
    expect(warningsQuestion(['title: a'])).toMatch(
      /^The build will warn of one thing in this story:/,
    );
  });

  it('numbers several problems in one line, and leaves one as it is', () => {
    expect(oneNotice(['title: a'], 'problem')).toBe('title: a');
    expect(oneNotice(['title: a', 'date: b'], 'problem')).toBe(
      '2 problems: (1) title: a (2) date: b',
    );
    expect(oneNotice(['title: a', 'date: b'], 'warning')).toBe(
      '2 warnings: (1) title: a (2) date: b',
    );
  });
});

describe('splitTopics', () => {
  it('tells a tag with a comma that the Tags box has parted, and no other', () => {
    const before = ['Washington, D.C.', 'Politics', 'Crime, Justice'];
    expect(splitTopics(before, ['Washington', 'D.C.', 'Politics', 'Crime, Justice'])).toEqual([
      '"Washington, D.C." was one topic and is now 2, as the Tags box parts tags at commas (to keep it one topic, edit the file by hand, where it is written in quotes: - "Washington, D.C.")',
    ]);
    // Kept whole, or taken out on purpose: nothing to say.
    expect(splitTopics(before, before)).toEqual([]);
    expect(splitTopics(before, ['Politics'])).toEqual([]);
    expect(splitTopics([], ['Washington', 'D.C.'])).toEqual([]);
  });
});
