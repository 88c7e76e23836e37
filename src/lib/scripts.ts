/**
 * The writing system a text is mostly in, and whether a language is written in it: a story in
 * Arabic marked as English is read out in an English voice, left to right, in the wrong edition.
 */
import { primaryLanguage } from './languages.ts';

/** A writing system by its Unicode name, and the languages (primary subtags) written in it. */
interface Script {
  name: string;
  letter: RegExp;
  langs: readonly string[];
}

/** Scripts other than Latin that newsrooms publish in, each with its languages. */
const SCRIPTS: readonly Script[] = [
  {
    name: 'Arabic',
    letter: /\p{Script=Arabic}/u,
    langs: ['ar', 'fa', 'ur', 'ps', 'ku', 'sd', 'ug'],
  },
  { name: 'Hebrew', letter: /\p{Script=Hebrew}/u, langs: ['he', 'yi', 'iw', 'lad'] },
  {
    name: 'Cyrillic',
    letter: /\p{Script=Cyrillic}/u,
    langs: [
      'ru',
      'uk',
      'be',
      'bg',
      'sr',
      'mk',
      'kk',
      'ky',
      'mn',
      'tg',
      'tt',
      'ba',
      'cv',
      'ce',
      'os',
      'uz',
      'az',
      'tk',
    ],
  },
  { name: 'Greek', letter: /\p{Script=Greek}/u, langs: ['el'] },
  { name: 'Japanese', letter: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, langs: ['ja'] },
  { name: 'Han', letter: /\p{Script=Han}/u, langs: ['zh', 'ja', 'yue', 'wuu', 'cmn'] },
  { name: 'Hangul', letter: /\p{Script=Hangul}/u, langs: ['ko'] },
  {
    name: 'Devanagari',
    letter: /\p{Script=Devanagari}/u,
    langs: ['hi', 'mr', 'ne', 'sa', 'mai', 'kok'],
  },
  { name: 'Bengali', letter: /\p{Script=Bengali}/u, langs: ['bn', 'as'] },
  { name: 'Thai', letter: /\p{Script=Thai}/u, langs: ['th'] },
  { name: 'Georgian', letter: /\p{Script=Georgian}/u, langs: ['ka'] },
  { name: 'Armenian', letter: /\p{Script=Armenian}/u, langs: ['hy'] },
  { name: 'Tamil', letter: /\p{Script=Tamil}/u, langs: ['ta'] },
  { name: 'Ethiopic', letter: /\p{Script=Ethiopic}/u, langs: ['am', 'ti'] },
];

/** Languages that are written in one of SCRIPTS and not in Latin letters. */
const NEVER_LATIN = new Set(
  SCRIPTS.flatMap(({ langs }) => langs).filter(
    (lang) => !['sr', 'ku', 'uz', 'az', 'tk', 'kk', 'tt'].includes(lang),
  ),
);

/** Fewer letters than this say too little of a text's script to tell an editor of it. */
const FEW_LETTERS = 12;

/**
 * The script most of `text`'s letters are in, `Latin` included, or undefined when no script has
 * more than half of them or the text has few letters. Kana with Han is Japanese.
 */
export function writtenScript(text: string): string | undefined {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    letters += 1;
    const script = /\p{Script=Latin}/u.test(char)
      ? 'Latin'
      : SCRIPTS.find(({ letter }) => letter.test(char))?.name;
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters < FEW_LETTERS) return undefined;
  // Japanese writes its words in kana and Han characters side by side.
  const kana = counts.get('Japanese') ?? 0;
  if (kana > 0) counts.set('Japanese', kana + (counts.get('Han') ?? 0));
  const [name, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count * 2 > letters ? name : undefined;
}

/**
 * Whether a text in `script` fits `lang`: a story in Cyrillic marked `ru`, not `en`; one in
 * Latin letters not marked `ar`. Undefined script (too little text to say) always fits.
 */
export function fitsScript(lang: string, script: string | undefined): boolean {
  const language = primaryLanguage(lang);
  if (script === undefined) return true;
  if (script === 'Latin') return !NEVER_LATIN.has(language);
  return SCRIPTS.find(({ name }) => name === script)?.langs.includes(language) ?? true;
}

/** The language to suggest for a text in `script`: the first its newsrooms write (`ar` for Arabic). */
export function likelyLang(script: string): string | undefined {
  return SCRIPTS.find(({ name }) => name === script)?.langs[0];
}
