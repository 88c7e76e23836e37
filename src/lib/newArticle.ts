import { stringify } from 'yaml';

/** What a new article may say beyond its title and date: its language, and the story it translates. */
export interface NewArticleOptions {
  lang?: string | undefined;
  translationOf?: string | undefined;
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
