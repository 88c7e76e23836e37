/**
 * The checks before a save that read the body as the build renders it: a photo with no alt
 * text (Rich Text's image button writes `![](x.jpg)`, which the build refuses), and a body the
 * build cannot render. Run in the editor's browser, with the build's own pipeline and words.
 */
import { noAltMessage } from '../lib/altText.ts';
import { DEFAULT_LANG } from '../lib/languages.ts';
import { STRINGS, languageOf } from '../lib/strings.ts';
import { renderFailureMessage } from '../content/markdown/bodyError.ts';
import { renderBody } from '../content/markdown/pipeline.ts';

/**
 * What the build would refuse in `body`, the markdown of the file at `file` in language `lang`,
 * in its words; `example` is an alt text to show (a story's photo, a profile's portrait).
 */
export async function bodyRefusals(
  body: string,
  file: string,
  lang: string,
  example: string,
): Promise<string[]> {
  const words = STRINGS[languageOf(lang) ?? DEFAULT_LANG];
  try {
    const rendered = await renderBody(body, { base: '/', words, articleFile: file });
    return rendered.photos
      .filter((photo) => photo.alt === '')
      .map((photo) => noAltMessage(photo.src, photo.html, example));
  } catch (error) {
    return [renderFailureMessage(error)];
  }
}
