import { describe, expect, it } from 'vitest';
import { bodyProblems, placeholderProblems } from '../../src/content/bodyChecks.ts';
import {
  type FieldCheckInput,
  commentedValues,
  datesInOrder,
  deskNotesInFields,
  invisibleCharacters,
  leftBlank,
  lengthsAndNames,
  listEntries,
  markupInProse,
  repeatedCorrections,
} from '../../src/content/fieldChecks.ts';
import { PLACEHOLDER_BODY } from '../../src/lib/newArticle.ts';

/** A check's input for `data`, each field on the line of its place in `data`, lines as written. */
function input(data: Record<string, unknown>, lines: string[] = []): FieldCheckInput {
  const order = Object.keys(data);
  return {
    data,
    lines,
    lineOf: (path) => order.indexOf(String(path[0])) + 2,
    comments: new Map(),
    timeZone: 'Pacific/Auckland',
  };
}

/** What a check told, as "severity path: message". */
function told() {
  const said: string[] = [];
  const tell = {
    warn: (path: readonly PropertyKey[], message: string) =>
      said.push(`warning ${path.join('.')}: ${message}`),
    fail: (path: readonly PropertyKey[], message: string) =>
      said.push(`error ${path.join('.')}: ${message}`),
  };
  return { said, tell };
}

describe('invisibleCharacters', () => {
  it('shows a character that takes no room, pasted into words readers see, by its code', () => {
    const { said, tell } = told();
    invisibleCharacters(
      input({
        title: 'Fish\u200bing boats return',
        tags: ['Harbour', 'Fish\u200bing'],
        image: { src: './a.jpg', alt: 'Boats\ufeff in the\u2060 harbour' },
      }),
      tell,
    );
    expect(said).toEqual([
      'warning title: "Fish<U+200B>ing boats return" holds a character that takes no room (U+200B), pasted with the text: the words are not the ones they look like (delete it: retype the word)',
      'warning tags.1: "Fish<U+200B>ing" holds a character that takes no room (U+200B), pasted with the text: the words are not the ones they look like (delete it: retype the word)',
      'warning image.alt: "Boats<U+FEFF> in the<U+2060> harbour" holds characters that take no room (U+FEFF, U+2060), pasted with the text: the words are not the ones they look like (delete them: retype the word)',
    ]);
  });

  it('shows a character that turns the text after it around, pasted into a byline', () => {
    const { said, tell } = told();
    invisibleCharacters(input({ author: ['Jane Doe', 'Ali \u202eKhan'] }), tell);
    expect(said).toEqual([
      'warning author.1: "Ali <U+202E>Khan" holds a character that sets the direction of the text after it (U+202E), pasted with the text: readers see the letters in another order than typed (delete it: the page sets each language\'s direction itself)',
    ]);
    // Arabic and Hebrew need no such character: their letters set their own direction.
    invisibleCharacters(input({ author: 'أحمد علي', title: 'שלום Harbour' }), tell);
    expect(said).toHaveLength(1);
  });

  it('leaves the joiner that makes two emoji one, and the joiners other scripts need', () => {
    const { said, tell } = told();
    // A family emoji is three joined by U+200D; Persian writes U+200C inside words.
    invisibleCharacters(
      input({ title: 'Families 👨\u200d👩\u200d👧 return', tags: ['می\u200cخواهم'] }),
      tell,
    );
    expect(said).toEqual([]);
    invisibleCharacters(input({ title: 'Fish\u200ding' }), tell);
    expect(said).toHaveLength(1);
  });
});

describe('datesInOrder', () => {
  it('compares an update with the calendar date of the story in the site time zone', () => {
    const { said, tell } = told();
    // 11:00 UTC on 1 January is already 2 January in Auckland: the same day as the story.
    datesInOrder(input({ date: '2025-01-02', updated: '2025-01-01T11:00:00Z' }), tell);
    expect(said).toEqual([]);
    datesInOrder(input({ date: '2025-01-02', updated: '2025-01-01T10:00:00Z' }), tell);
    expect(said).toEqual([
      'error updated: "2025-01-01T10:00:00Z", 2025-01-01 in the site\'s time zone, Pacific/Auckland, is before the story\'s date, "2025-01-02" (an update comes after the story: date it "2025-01-02" or later)',
    ]);
  });

  it("warns of an update given as the day alone of a story given with its time, and not of a later day's", () => {
    const { said, tell } = told();
    datesInOrder(input({ date: '2025-01-02T09:00:00+13:00', updated: '2025-01-02' }), tell);
    datesInOrder(input({ date: '2025-01-02T09:00:00+13:00', updated: '2025-01-03' }), tell);
    datesInOrder(input({ date: '2025-01-02', updated: '2025-01-02' }), tell);
    expect(said).toEqual([
      "warning updated: \"2025-01-02\" is the story's own day with no time, so readers cannot tell the update from the story, dated 2025-01-02 09:00 Pacific/Auckland (give the update's time as the story's is given, updated: 2025-01-02T14:30:00+13:00, or delete the line)",
    ]);
  });

  it('tells a correction dated before its story, by its number, and nothing of a bad date', () => {
    const { said, tell } = told();
    const corrections = [{ date: '2025-03-01' }, { date: '2025-01-01' }];
    datesInOrder(input({ date: '2025-02-01', corrections }), tell);
    datesInOrder(input({ date: 'soon', corrections }), tell);
    expect(said).toEqual([
      'error corrections.1.date: "2025-01-01" is before the story, dated 2025-02-01 (a correction comes after the story: date it 2025-02-01 or later)',
    ]);
  });
});

describe('listEntries', () => {
  it('makes a bare dash a blank entry in its place, and tells of it and of a name given twice', () => {
    const { said, tell } = told();
    const data = { author: ['Ana Ruiz', null, 'Ana Ruiz'] };
    listEntries(input(data, ['---', 'author:', '  -', '  - #Ana Ruiz']), tell);
    expect(data.author).toEqual(['Ana Ruiz', '', 'Ana Ruiz']);
    expect(said).toEqual([
      'warning author.1: is empty and is left out (delete it)',
      'warning author.2: "Ana Ruiz" is named twice and is printed once (delete one)',
    ]);
  });
});

describe('commentedValues and leftBlank', () => {
  it('tells a value lost to a # once, as a comment, not again as left blank', () => {
    const { said, tell } = told();
    const given = input({ source: null, author: null }, ['---', 'source: #AP', 'author:']);
    const commented = commentedValues(given, tell);
    leftBlank(given, tell, commented, () => false);
    expect([...commented]).toEqual(['source']);
    expect(said).toEqual([
      'warning source: is empty: "#AP" is read as a comment, which YAML makes of what follows a # (write it without the #: source: AP)',
      'warning author: is empty, so the story has no byline (write who wrote it: author: Jane Doe, or delete the line)',
    ]);
  });

  it('tells a byline list with no one in it as left blank, and leaves tags: [] be', () => {
    const { said, tell } = told();
    leftBlank(
      input({ author: [], tags: [] }, ['---', 'author: []', 'tags: []']),
      tell,
      new Set(),
      () => false,
    );
    expect(said).toEqual([
      'warning author: is empty, so the story has no byline (write who wrote it: author: Jane Doe, or delete the line)',
    ]);
  });

  it('leaves a blank image: to the error on the line below it, which says why', () => {
    const { said, tell } = told();
    leftBlank(input({ image: null }), tell, new Set(), (line) => line === 3);
    expect(said).toEqual([]);
    leftBlank(input({ image: null }), tell, new Set(), () => false);
    expect(said).toHaveLength(1);
  });
});

describe('bodyChecks', () => {
  it('finds the placeholder on its line of the file', () => {
    const text = `---\ntitle: T\n---\n\nFirst.\n\n${PLACEHOLDER_BODY}\n`;
    expect(placeholderProblems('x.md', text)).toMatchObject([{ line: 7, severity: 'error' }]);
    expect(placeholderProblems('x.md', '---\ntitle: T\n---\nDone.\n')).toEqual([]);
  });

  it('tells a body left empty on the closing fence, and one opening with the headline', () => {
    expect(bodyProblems('x.md', '---\ntitle: T\n---\n\n', 20, 'T')).toMatchObject([
      { line: 3, field: 'body', message: 'is empty (write the story below the closing ---)' },
    ]);
    const repeated = '---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\nWaves rose.\n';
    expect(bodyProblems('x.md', repeated, 60, 'Storm hits coast')).toMatchObject([
      { line: 4, field: 'body', severity: 'warning' },
    ]);
  });
});

describe('a job title or an agency in the byline', () => {
  it('tells a name given with its job title or agency, and where each goes', () => {
    const { said, tell } = told();
    lengthsAndNames(input({ author: 'Jane Doe, City Hall Reporter' }), tell);
    lengthsAndNames(input({ author: 'Jane Doe and Sam Roe, AP' }), tell);
    lengthsAndNames(input({ author: 'Jane Doe and Sam Roe' }), tell);
    lengthsAndNames(input({ author: 'Robert Kennedy, Jr.' }), tell);
    listEntries(input({ author: ['Jane Doe', 'Staff Writer'] }), tell);
    listEntries(input({ author: ['Reuters'] }), tell);
    listEntries(input({ author: ['Ana Ruiz', 'Sam Roe, Staff Writer'] }), tell);
    listEntries(input({ author: ['Sam Roe, Staff Writer, AP'] }), tell);
    expect(said).toEqual([
      `warning author: "Jane Doe, City Hall Reporter" is printed whole, as one name (write the names alone, author: Jane Doe; a job title goes in the author's profile, as role: City Hall Reporter)`,
      'warning author: "Jane Doe and Sam Roe, AP" is printed whole, as one name (write the names alone, author: [Jane Doe, Sam Roe]; the agency in source: AP)',
      'warning author: "Jane Doe and Sam Roe" is one name; for a story by 2 people, write author: [Jane Doe, Sam Roe]',
      `warning author.1: "Staff Writer" is a job title, not a name, and is printed as one (delete it here: a job title goes in the author's profile, as role: Staff Writer)`,
      `warning author.1: "Sam Roe, Staff Writer" is a name with a job title beside it, all printed as the name (write the name alone in this entry, Sam Roe; a job title goes in the author's profile, as role: Staff Writer)`,
      `warning author.0: "Sam Roe, Staff Writer, AP" is a name with more beside it, all printed as the name (write the name alone in this entry, Sam Roe; a job title goes in the author's profile, as role: Staff Writer; the agency in source: AP)`,
    ]);
  });

  it('leaves the word the page prints before the names out of the names to write', () => {
    const { said, tell } = told();
    lengthsAndNames(input({ author: 'By Jane Doe, Staff Writer' }), tell);
    lengthsAndNames(input({ author: 'Por Ana Ruiz, EFE' }), tell);
    listEntries(input({ author: ['By Sam Roe, Staff Writer'] }), tell);
    expect(said).toEqual([
      `warning author: "By Jane Doe, Staff Writer" is printed whole, as one name (write the names alone, author: Jane Doe; a job title goes in the author's profile, as role: Staff Writer)`,
      'warning author: "Por Ana Ruiz, EFE" is printed whole, as one name (write the names alone, author: Ana Ruiz; the agency in source: EFE)',
      `warning author.0: "By Sam Roe, Staff Writer" is a name with a job title beside it, all printed as the name (write the name alone in this entry, Sam Roe; a job title goes in the author's profile, as role: Staff Writer)`,
    ]);
  });
});

describe('an email address or a surname first in the byline', () => {
  it('tells an address printed as a byline, with the name to write', () => {
    const { said, tell } = told();
    lengthsAndNames(input({ author: 'jane.doe@example.com' }), tell);
    lengthsAndNames(input({ author: ['Sam Roe', 'Ana Ruiz <ana@example.com>'] }), tell);
    lengthsAndNames(input({ author: ['Sam Roe @samroe'] }), tell);
    lengthsAndNames(input({ author: 'Jane Doe (@janedoe@mastodon.social)' }), tell);
    expect(said).toEqual([
      `warning author: "jane.doe@example.com" holds an email address, printed on the page and in the feeds for anyone to collect (write the name alone, author: Jane Doe; an address readers may use goes in the author's profile bio)`,
      `warning author.1: "Ana Ruiz <ana@example.com>" holds an email address, printed on the page and in the feeds for anyone to collect (write the name alone, Ana Ruiz; an address readers may use goes in the author's profile bio)`,
    ]);
  });

  it('tells a name written surname first apart from two names', () => {
    const { said, tell } = told();
    lengthsAndNames(input({ author: 'Doe, Jane' }), tell);
    lengthsAndNames(input({ author: 'Doe, Jane Ann' }), tell);
    expect(said).toEqual([
      `warning author: "Doe, Jane" is printed as written, surname first (write author: Jane Doe; for two people, write each one's whole name in a list)`,
      'warning author: "Doe, Jane Ann" is one name; for a story by 2 people, write author: [Doe, Jane Ann]',
    ]);
  });
});

describe('deskNotesInFields', () => {
  it('tells a note for the desk in the headline or the summary', () => {
    const { said, tell } = told();
    deskNotesInFields(
      input({ title: 'Council votes TK', summary: 'Plan [TK] ahead', source: 'AP' }),
      tell,
    );
    expect(said).toEqual([
      'warning title: holds "TK", a note for the desk, where readers would see it (write what belongs there, or delete it)',
      'warning summary: holds "[TK]", a note for the desk, where readers would see it (write what belongs there, or delete it)',
    ]);
  });
});

describe('markupInProse and topics parted by ;', () => {
  it('tells HTML or markdown in a headline or summary, which prints as typed', () => {
    const { said, tell } = told();
    markupInProse(
      input({ title: 'Smith &amp; Sons win *bus lane* deal', summary: 'The [lowest](/x/) bid.' }),
      tell,
    );
    markupInProse(
      input({
        title: 'Rates rise 2*3 times; 5 * 4 stay',
        summary: 'Drops `__init__`',
        source: 'AT&T',
      }),
      tell,
    );
    markupInProse(
      input({
        title: '*Breaking*: <b>Mayor</b> quits',
        summary: 'A *big* and **bold** [x](/y/), ~~gone~~ ![i](a.png)',
      }),
      tell,
    );
    expect(said).toEqual([
      'warning title: holds "&amp;", which is printed as typed: a headline is plain text, not HTML (write the character itself)',
      'warning title: holds "*bus lane*", which is printed as typed: a headline is plain text, not markdown (delete the marks)',
      'warning summary: holds "[lowest](/x/)", which is printed as typed: a summary is plain text, not markdown (delete the marks)',
      'warning title: holds "<b>" and "</b>", which are printed as typed: a headline is plain text, not HTML (delete the tags)',
      'warning title: holds "*Breaking*", which is printed as typed: a headline is plain text, not markdown (delete the marks)',
      'warning summary: holds "*big*", "**bold**", "[x](/y/)", "~~gone~~" and "![i](a.png)", which are printed as typed: a summary is plain text, not markdown (delete the marks)',
    ]);
  });

  it('tells tags parted by ; rather than commas, which make one topic', () => {
    const { said, tell } = told();
    listEntries(input({ tags: ['Transport; City Council', 'Q&A; live'] }), tell);
    listEntries(input({ tags: ['Budget;'] }), tell);
    expect(said).toEqual([
      'warning tags.0: "Transport; City Council" is one topic: a ; does not separate tags (for 2 topics, separate them with commas: Transport, City Council)',
      'warning tags.1: "Q&A; live" is one topic: a ; does not separate tags (for 2 topics, separate them with commas: Q&A, live)',
    ]);
  });

  it('tells tags parted by ; or a comma in a list of a tag a line, as that list is written', () => {
    const { said, tell } = told();
    const lines = [
      'tags:',
      '  - Transport; City Council',
      '  - Politics, Harbour',
      '  - "Washington, D.C."',
      "  - 'Crime, Justice'",
      '  - Weather',
    ];
    const tags = ['Transport; City Council', 'Politics, Harbour', 'Washington, D.C.'];
    tags.push('Crime, Justice', 'Weather');
    const data = { tags };
    listEntries({ ...input(data, lines), lineOf: (path) => Number(path[1]) + 2 }, tell);
    expect(said).toEqual([
      'warning tags.0: "Transport; City Council" is one topic: a ; does not separate tags (for 2 topics, give each its own line: - Transport and - City Council)',
      'warning tags.1: "Politics, Harbour" is one topic: in a list written a tag a line, a comma does not separate tags (for 2 topics, give each its own line: - Politics and - Harbour; for one topic with a comma in it, quote it: - "Politics, Harbour")',
    ]);
    // Written in one line, YAML parts the list at its commas already.
    const flow = told();
    listEntries(input({ tags: ['Politics', 'Harbour'] }, ['tags: [Politics, Harbour]']), flow.tell);
    expect(flow.said).toEqual([]);
  });
});

describe('repeatedCorrections', () => {
  it('tells a correction pasted twice, date and words, spacing aside, by the number of the first', () => {
    const { said, tell } = told();
    const corrections = [
      { date: '2025-01-02', text: 'An earlier version misspelt the name.' },
      { date: '2025-01-03', text: 'The count was 12.' },
      { date: '2025-01-02', text: 'An earlier  version misspelt the name. ' },
      // The same stock words on another day: another slip, corrected.
      { date: '2025-01-05', text: 'An earlier version misspelt the name.' },
    ];
    repeatedCorrections(input({ corrections }), tell);
    expect(said).toEqual([
      "warning corrections.2.text: is the same as correction 1's, and would be printed twice (delete one)",
    ]);
  });
});
