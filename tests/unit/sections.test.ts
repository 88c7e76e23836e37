import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { sectionProblems } from '../../src/lib/sections.ts';

const stories = [
  { tags: ['Economy', 'Politics'], status: 'published' as const },
  { tags: ['US Military'], status: 'published' as const },
  { tags: ['Elections 2026'], status: 'draft' as const },
  { tags: ['Space'], status: 'scheduled' as const },
];

describe('sectionProblems', () => {
  it('accepts sections that name published topics, however they are spelt', () => {
    expect(
      sectionProblems(['economy', 'us-military', 'POLITICS'], stories, 'src/settings.ts'),
    ).toEqual([]);
  });

  it('warns of a section that matches no topic, with the nearest tag', () => {
    const problems = sectionProblems(['Econmy', 'Weather'], stories, 'DATELINE_SECTIONS');
    expect(problems.map(formatProblem)).toEqual([
      'DATELINE_SECTIONS: sections: "Econmy" matches no topic: no story is tagged so, and the front page leaves the section out (did you mean "Economy"?)',
      'DATELINE_SECTIONS: sections: "Weather" matches no topic: no story is tagged so, and the front page leaves the section out (name a tag the stories use, as on the topics page)',
    ]);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('notes a section whose stories are all drafts or held back', () => {
    const problems = sectionProblems(['Elections 2026', 'Space'], stories, 'src/settings.ts');
    expect(problems.map(formatProblem)).toEqual([
      'src/settings.ts: sections: "Elections 2026" has no published story yet: the front page shows the section from its first',
      'src/settings.ts: sections: "Space" has no published story yet: the front page shows the section from its first',
    ]);
    expect(problems.every((problem) => problem.severity === 'note')).toBe(true);
  });
});
