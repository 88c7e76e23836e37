import { stringify } from 'yaml';

/** The front matter and placeholder body of a new draft article. */
export function newArticleMarkdown(title: string, date: string): string {
  const frontmatter = stringify(
    { title, date, summary: '', tags: [], draft: true },
    { lineWidth: 0, flowCollectionPadding: false },
  );
  return `---\n${frontmatter}---\n\nWrite the story here. Remove \`draft: true\` to publish it.\n`;
}
