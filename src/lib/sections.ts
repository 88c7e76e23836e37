/**
 * The front page's sections checked against the stories' tags: a section names a topic, and one
 * that matches none (`Econmy`) would leave the front page without a word.
 */
import type { ArticleStatus } from './articleStatus.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { topicKey } from './topicKey.ts';

/** What the check needs of a story of the site's own language. */
export interface TaggedStory {
  tags: readonly string[];
  status: ArticleStatus;
}

/** Where the sections are set, for messages: the settings file and each entry's line, or a variable. */
export interface SectionsSource {
  /** The settings file from the project root (`content/site.yaml`), or `DATELINE_SECTIONS`. */
  file: string;
  /** The file line of each section, in order; empty for the variable. */
  lines: readonly number[];
}

/**
 * A warning for each section that matches no story's tag (with the nearest tag, when one is a
 * likely typo), and a note for each whose stories are all drafts or held back, each on the line
 * its section is written on.
 */
export function sectionProblems(
  sections: readonly string[],
  stories: readonly TaggedStory[],
  where: SectionsSource,
): Problem[] {
  // Each topic by its key, spelt as a story spells it, and whether any story of it is out.
  const topics = new Map<string, { name: string; published: boolean }>();
  for (const story of stories) {
    for (const tag of story.tags) {
      const key = topicKey(tag);
      const topic = topics.get(key) ?? { name: tag.trim(), published: false };
      topic.published ||= story.status === 'published';
      topics.set(key, topic);
    }
  }
  const problems: Problem[] = [];
  sections.forEach((section, i) => {
    const at = { file: where.file, line: where.lines[i], field: 'sections' };
    const topic = topics.get(topicKey(section));
    if (!topic) {
      // Compared as topic keys, so `Econmy` finds `Economy` however the stories spell it.
      const near = didYouMean(topicKey(section), [...topics.keys()]);
      const hint = near
        ? `did you mean "${topics.get(near)!.name}"?`
        : 'name a tag the stories use, as on the topics page';
      problems.push({
        ...at,
        message: `"${section}" matches no topic: no story is tagged so, and the front page leaves the section out (${hint})`,
        severity: 'warning',
      });
    } else if (!topic.published) {
      problems.push({
        ...at,
        message: `"${section}" has no published story yet: the front page shows the section from its first`,
        severity: 'note',
      });
    }
  });
  return problems;
}
