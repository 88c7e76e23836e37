/**
 * The checks before a save that read the body as the build renders it: a photo with no alt
 * text (Rich Text's image button writes `![](x.jpg)`, which the build refuses), an element never
 * closed that takes the rest of the body, and a body the build cannot render; and the body's
 * warnings, which the editor is asked about. Run in the editor's browser, with the build's own
 * pipeline and words.
 */
import { noAltMessage } from '../lib/altText.ts';
import { DEFAULT_LANG } from '../lib/languages.ts';
import { STRINGS, languageOf } from '../lib/strings.ts';
import { renderFailureMessage } from '../content/markdown/bodyError.ts';
import { renderBody } from '../content/markdown/pipeline.ts';
import { type BodyHolder, STORY, noteMessage, refusedNote } from '../content/bodyNotes.ts';

/** What the build would say of a body: what it refuses, and what it publishes with a warning. */
export interface BodyVerdict {
  refusals: string[];
  warnings: string[];
}

/**
 * What the build would refuse in `body`, the markdown of the file at `file` in language `lang`,
 * and what it would warn of (an element it removes, an address with no scheme), in its words;
 * `example` is an alt text to show (a story's photo, a profile's portrait), `holder` what the
 * body is (a story's, or a profile's bio).
 */
export async function bodyVerdict(
  body: string,
  file: string,
  lang: string,
  example: string,
  holder: BodyHolder = STORY,
): Promise<BodyVerdict> {
  const words = STRINGS[languageOf(lang) ?? DEFAULT_LANG];
  try {
    const rendered = await renderBody(body, { base: '/', words, articleFile: file });
    return {
      refusals: [
        ...rendered.notes.filter(refusedNote).map((note) => noteMessage(note, holder)),
        ...rendered.photos
          .filter((photo) => photo.alt === '')
          .map((photo) => noAltMessage(photo.src, photo.html, example)),
      ],
      warnings: rendered.notes
        .filter((note) => !refusedNote(note))
        .map((note) => noteMessage(note, holder)),
    };
  } catch (error) {
    return { refusals: [renderFailureMessage(error)], warnings: [] };
  }
}

/** What the build would refuse in `body` alone (see bodyVerdict). */
export async function bodyRefusals(
  body: string,
  file: string,
  lang: string,
  example: string,
  holder: BodyHolder = STORY,
): Promise<string[]> {
  return (await bodyVerdict(body, file, lang, example, holder)).refusals;
}
