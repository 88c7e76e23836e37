/**
 * A body that begins with its own headline (`# Storm closes the coast road`, or the headline as a
 * plain line, pasted with the story): the page prints the headline above the body already, so
 * readers would see it twice, and a summary taken from the first paragraph would be the headline.
 */

/** Text as a reader compares it: markdown marks, quotes, end punctuation, case and spacing aside. */
const loose = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/^\s*#{1,6}\s+|\s+#+\s*$/gu, '')
    .replace(/[*_`"'“”‘’«»]/gu, '')
    .replace(/[\s.:!]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();

/** The index of the body's first line when it repeats `title` and the story goes on below it. */
export function repeatedHeadline(body: string, title: string): number | undefined {
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1 || loose(title) === '') return undefined;
  const line = lines[first]!;
  // Only a line alone: a headline that runs on into the paragraph's next line is a sentence.
  const next = lines[first + 1];
  if (next !== undefined && next.trim() !== '' && !/^\s*(?:=+|-+)\s*$/.test(next)) return undefined;
  // A body that is the headline alone (a stub, a test) begins nothing: the story must go on.
  const goesOn = lines.slice(first + 2).some((rest) => rest.trim() !== '');
  return goesOn && loose(line) === loose(title) ? first : undefined;
}
