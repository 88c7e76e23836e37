/** Which author profiles a site shows. */

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
