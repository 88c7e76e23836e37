const numbers = new Intl.NumberFormat('en');

/** A count and its noun, for every count a page or a log prints: "1 article", "1,200 articles". */
export function countOf(count: number, singular: string, plural: string = `${singular}s`): string {
  return `${numbers.format(count)} ${count === 1 ? singular : plural}`;
}
