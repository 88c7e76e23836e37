import { stringify } from 'yaml';

/** What a new article may say beyond its title and date: its language, and the story it translates. */
export interface NewArticleOptions {
  lang?: string | undefined;
  translationOf?: string | undefined;
}

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
  return `---\n${frontmatter}---\n\nWrite the story here. Remove \`draft: true\` to publish it.\n`;
}
