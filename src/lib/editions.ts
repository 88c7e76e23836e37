/**
 * A site written in several languages has one edition per language: the site's own language at
 * the site's base (today's URLs), every other under its prefix (`/es/`), each with its own
 * index, topics, archive, feeds and search. An edition carries everything its pages print with.
 */
import { type DateStyle, dateStyle } from './dates.ts';
import { canonicalLang, editionBase, editionKey } from './languages.ts';
import type { Problem } from './problems.ts';
import type { SectionsSource } from './sections.ts';
import { type Strings, STRINGS, countIn, languageOf, stringsFor } from './strings.ts';

export { canonicalLang, editionBase, editionKey };

/** One language's part of the site. */
export interface Edition {
  /** Its URL prefix and route parameter: `''` for the site's own language, else `es`, `ar`. */
  key: string;
  /** The language tag of its pages. */
  lang: string;
  /** Its pages' base path: the site's base, or the base with the prefix (`/news/es/`). */
  base: string;
  /** Every word its pages print. */
  text: Strings;
  /** How it writes dates. */
  dates: DateStyle;
  /** Its language's name in that language, for links to it: `español`. */
  name: string;
  /** A count of articles in its language: "3 artículos". */
  countArticles: (count: number) => string;
  /** One sentence about the site, for its front page, footer and feeds. */
  description: string;
  /** The language of `description`: its own, or the site's where it has none of its own. */
  descriptionLang: string;
}

/** Why an article's `lang` cannot be used, or undefined when it can. */
export function langProblem(tag: string): string | undefined {
  const codes = Object.keys(STRINGS);
  const english = new Intl.DisplayNames(['en'], { type: 'language' });
  const available = codes.map((code) => `${code} (${english.of(code)})`).join(', ');
  // `lang: Spanish` or `lang: español`: the name of a language the site has, not its code.
  const named = codes.find((code) =>
    [english.of(code), languageName(code)].some(
      (name) => name?.toLowerCase() === tag.trim().toLowerCase(),
    ),
  );
  if (named) return `"${tag}" is a language's name: write its code, ${named}`;
  const canonical = canonicalLang(tag);
  if (!canonical || tag.trim().startsWith('x-')) {
    return `"${tag}" is not a language code (use one of ${available})`;
  }
  if (!languageOf(canonical)) {
    return `"${tag}" is a language the site has no words for (use one of ${available}; a developer adds a language in src/lib/strings.ts)`;
  }
  return undefined;
}

/** A language's name written in that language (`español`, `العربية`). */
export function languageName(lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(lang) ?? lang;
}

/**
 * The edition `key` of a site in `siteLang` under `base`, described by `description` (in the
 * edition's language where `translated`, else in the site's).
 */
export function makeEdition(
  key: string,
  siteLang: string,
  base: string,
  description: { text: string; translated: boolean },
): Edition {
  const lang = key || siteLang;
  const text = stringsFor(lang);
  return {
    key,
    lang,
    base: editionBase(base, key),
    text,
    dates: dateStyle(lang, text),
    name: languageName(lang),
    countArticles: (count) => countIn(lang, count, text.articles),
    description: description.text,
    descriptionLang: key && !description.translated ? siteLang : lang,
  };
}

/** The editions articles in `langs` need, the site's own first, then by key. */
export function editionKeys(langs: Iterable<string>, siteLang: string): string[] {
  const keys = new Set([...langs].map((lang) => editionKey(lang, siteLang)));
  keys.delete('');
  return ['', ...[...keys].sort()];
}

/**
 * A warning for each language the settings describe (`editions:`) that no story is written in:
 * no edition is made for it, so its description is never shown (often a slip: `ar` for `es`).
 */
export function unusedEditions(
  langs: readonly string[],
  storyLangs: Iterable<string>,
  siteLang: string,
  where: SectionsSource,
): Problem[] {
  const made = new Set([...storyLangs].map((lang) => editionKey(lang, siteLang)));
  return langs.flatMap((lang, i): Problem[] =>
    made.has(editionKey(lang, siteLang))
      ? []
      : [
          {
            file: where.file,
            line: where.lines[i],
            field: `editions.${i}.lang`,
            message: `"${lang}" is the language of no story, so no edition shows this description (write lang: ${lang} on a story, or correct the language)`,
            severity: 'warning',
          },
        ],
  );
}
