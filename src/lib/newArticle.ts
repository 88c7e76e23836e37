import { stringify } from 'yaml';

/** What a new article may say beyond its title and date: its language, and the story it translates. */
export interface NewArticleOptions {
  lang?: string | undefined;
  translationOf?: string | undefined;
}

/**
 * Where a new story is filed in a content folder, as Decap's path template: a folder of its own
 * for its photos, by year and month (`2026/05/storm-hits-the-coast/storm-hits-the-coast`, and
 * `.md`). The CMS files by it, and so do `npm run new` and `npm run import` (newStoryPath).
 */
export const STORY_PATH = '{{year}}/{{month}}/{{slug}}/{{slug}}';

/** The file of a new story in a content folder, by its slug and its day (`YYYY-MM-DD`). */
export function newStoryPath(slug: string, day: string): string {
  const [year = '', month = ''] = day.split('-');
  const fill: Readonly<Record<string, string>> = { year, month, slug };
  return `${STORY_PATH.replace(/\{\{(\w+)\}\}/g, (_, name: string) => fill[name] ?? '')}.md`;
}

/**
 * The body of a new draft, until the editor writes the story in its place: validation refuses a
 * story published with it still there (see validate.ts).
 */
export const PLACEHOLDER_BODY = 'Write the story here. Remove `draft: true` to publish it.';

/** The front matter and placeholder body of a new draft article. */
export function newArticleMarkdown(
  title: string,
  date: string,
  options: NewArticleOptions = {},
): string {
  const frontmatter = stringify(
    {
      title,
      date,
      ...(options.lang && { lang: options.lang }),
      ...(options.translationOf && { translationOf: options.translationOf }),
      summary: '',
      tags: [],
      draft: true,
    },
    { lineWidth: 0, flowCollectionPadding: false },
  );
  return `---\n${frontmatter}---\n\n${PLACEHOLDER_BODY}\n`;
}
