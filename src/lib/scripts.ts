/**
 * The writing system a text is mostly in, and whether a language is written in it: a story in
 * Arabic marked as English is read out in an English voice, left to right, in the wrong edition.
 */
import { primaryLanguage } from './languages.ts';

/** A writing system by its Unicode name, its letters (a global pattern), and the languages written in it. */
interface Script {
  name: string;
  letter: RegExp;
  langs: readonly string[];
}

/** Scripts other than Latin that newsrooms publish in, each with its languages. */
const SCRIPTS: readonly Script[] = [
  {
    name: 'Arabic',
    letter: /\p{Script=Arabic}/gu,
    langs: ['ar', 'fa', 'ur', 'ps', 'ku', 'sd', 'ug'],
  },
  { name: 'Hebrew', letter: /\p{Script=Hebrew}/gu, langs: ['he', 'yi', 'iw', 'lad'] },
  {
    name: 'Cyrillic',
    letter: /\p{Script=Cyrillic}/gu,
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
  { name: 'Greek', letter: /\p{Script=Greek}/gu, langs: ['el'] },
  { name: 'Japanese', letter: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, langs: ['ja'] },
  { name: 'Han', letter: /\p{Script=Han}/gu, langs: ['zh', 'ja', 'yue', 'wuu', 'cmn'] },
  { name: 'Hangul', letter: /\p{Script=Hangul}/gu, langs: ['ko'] },
  {
    name: 'Devanagari',
    letter: /\p{Script=Devanagari}/gu,
    langs: ['hi', 'mr', 'ne', 'sa', 'mai', 'kok'],
  },
  { name: 'Bengali', letter: /\p{Script=Bengali}/gu, langs: ['bn', 'as'] },
  { name: 'Thai', letter: /\p{Script=Thai}/gu, langs: ['th'] },
  { name: 'Georgian', letter: /\p{Script=Georgian}/gu, langs: ['ka'] },
  { name: 'Armenian', letter: /\p{Script=Armenian}/gu, langs: ['hy'] },
  { name: 'Tamil', letter: /\p{Script=Tamil}/gu, langs: ['ta'] },
  { name: 'Ethiopic', letter: /\p{Script=Ethiopic}/gu, langs: ['am', 'ti'] },
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
 * The script `text` is written in, `Latin` included: the one of three letters in four or more;
 * undefined for a text of mixed scripts or few letters. Kana with Han is Japanese.
 */
export function writtenScript(text: string): string | undefined {
  // Whole-text scans, not a test a character: every story of a build is read here.
  const count = (letter: RegExp) => text.match(letter)?.length ?? 0;
  const letters = count(/\p{L}/gu);
  if (letters < FEW_LETTERS) return undefined;
  const latin = count(/\p{Script=Latin}/gu);
  // Three letters in four: a story quoting another language at length is still in its own.
  const most = (count: number) => count * 4 >= letters * 3;
  if (most(latin)) return 'Latin';
  const counts = new Map(SCRIPTS.map(({ name, letter }) => [name, count(letter)]));
  // Japanese writes its words in kana and Han characters side by side.
  const kana = counts.get('Japanese') ?? 0;
  if (kana > 0) counts.set('Japanese', kana + (counts.get('Han') ?? 0));
  const [name, top] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return most(top) ? name : undefined;
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
