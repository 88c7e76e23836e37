/** Which author profiles a site shows. */
import type { Problem } from './problems.ts';

/**
 * The profiles that have a page: those named in the byline of a story the site shows. A profile
 * whose stories are all drafts or held back has none yet, so an unannounced hire stays unannounced.
 */
export function publishedAuthors<A extends { name: string }>(
  authors: readonly A[],
  shown: readonly { authors: readonly string[] }[],
): A[] {
  const named = new Set(shown.flatMap((story) => story.authors));
  return authors.filter((author) => named.has(author.name));
}

/**
 * A warning for each profile a byline names that has no page (`withPage`, by slug): its stories
 * are all drafts or held back, and it gets its page when the first is published.
 */
export function waitingProfiles(
  authors: readonly {
    name: string;
    slug: string;
    filePath: string;
    nameLine?: number | undefined;
  }[],
  stories: readonly { authors: readonly string[] }[],
  withPage: ReadonlySet<string>,
): Problem[] {
  const cited = new Set(stories.flatMap((story) => story.authors));
  return authors
    .filter((author) => cited.has(author.name) && !withPage.has(author.slug))
    .map((author) => ({
      file: author.filePath,
      line: author.nameLine,
      field: 'name',
      message: `"${author.name}" has no published story yet: the profile gets its page when the first is published`,
      severity: 'warning',
    }));
}
