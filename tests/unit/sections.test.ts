import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { sectionProblems } from '../../src/lib/sections.ts';

const stories = [
  { tags: ['Economy', 'Politics'], status: 'published' as const },
  { tags: ['US Military'], status: 'published' as const },
  { tags: ['Elections 2026'], status: 'draft' as const },
  { tags: ['Space'], status: 'scheduled' as const },
];

/** Sections written in content/site.yaml, one entry a line from line 7. */
const SITE_FILE = { file: 'content/site.yaml', lines: [7, 8, 9] };

describe('sectionProblems', () => {
  it('accepts sections that name published topics, however they are spelt', () => {
    expect(sectionProblems(['economy', 'us-military', 'POLITICS'], stories, SITE_FILE)).toEqual([]);
  });

  it('warns of a section that matches no topic, with the nearest tag', () => {
    const problems = sectionProblems(['Econmy', 'Weather'], stories, {
      file: 'DATELINE_SECTIONS',
      lines: [],
    });
    expect(problems.map(formatProblem)).toEqual([
      'DATELINE_SECTIONS: sections: "Econmy" matches no topic: no story is tagged so, and the front page leaves the section out (did you mean "Economy"?)',
      'DATELINE_SECTIONS: sections: "Weather" matches no topic: no story is tagged so, and the front page leaves the section out (name a tag the stories use, as on the topics page)',
    ]);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('notes a section whose stories are all drafts or held back', () => {
    const problems = sectionProblems(['Elections 2026', 'Space'], stories, SITE_FILE);
    expect(problems.map(formatProblem)).toEqual([
      'content/site.yaml:7 sections: "Elections 2026" has no published story yet: the front page shows the section from its first',
      'content/site.yaml:8 sections: "Space" has no published story yet: the front page shows the section from its first',
    ]);
    expect(problems.every((problem) => problem.severity === 'note')).toBe(true);
  });

  it('names the settings file and the line of the entry, with the tag a swap of letters away', () => {
    const problems = sectionProblems(
      ['Sirya', 'Politics'],
      [{ tags: ['Syria', 'Politics'], status: 'published' }],
      { file: 'content/site.yaml', lines: [6, 6] },
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/site.yaml:6 sections: "Sirya" matches no topic: no story is tagged so, and the front page leaves the section out (did you mean "Syria"?)',
    ]);
  });
});
