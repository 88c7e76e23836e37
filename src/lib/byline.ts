/** Names joined for reading: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The byline a reader sees ("By A and B, AP"), or an empty string when there is nothing to credit. */
export function byline(authors: readonly string[], source?: string | undefined): string {
  const names = authors.length > 0 ? `By ${joinNames(authors)}` : '';
  if (names && source) return `${names}, ${source}`;
  return names || source || '';
}
