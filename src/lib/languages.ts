/**
 * Language tags and where a language's part of the site lives, by the tags alone: no words of
 * any language here (they are in strings.ts), so what renders a story does not depend on them.
 */
import { pathUnderBase } from './urls.ts';

/** The language of a site whose settings give none. */
export const DEFAULT_LANG = 'en';

/** The tag as BCP 47 writes it (`es-mx` → `es-MX`); undefined when it is not a language tag. */
export function canonicalLang(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** A tag's primary language subtag, lowercased: `es-MX` → `es`. */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0]!;
}

/** The edition an article in `lang` belongs to: `''` when it is the site's language, else its primary subtag. */
export function editionKey(lang: string, siteLang: string): string {
  const language = primaryLanguage(lang);
  return language === primaryLanguage(siteLang) ? '' : language;
}

/** An edition's base path: the site's own, or the site's with its prefix. */
export function editionBase(base: string, key: string): string {
  return key ? pathUnderBase(base, `${key}/`) : pathUnderBase(base, '');
}
