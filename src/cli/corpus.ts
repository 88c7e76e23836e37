/**
 * A deterministic synthetic corpus of news-like articles, for measuring builds.
 * Usage: node src/cli/corpus.ts <folder> [count]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countOf } from '../lib/plural.ts';

/** A small seeded PRNG (mulberry32), so the same count always gives the same files. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'council budget river harbour election minister coast storm court ruling school teachers ' +
  'hospital vaccine railway strike market prices energy grid drought farmers police inquiry ' +
  'bridge museum festival league final airport runway ferry border treaty talks summit ' +
  'report survey housing rents wages inflation bank rates exports factory workers union ' +
  'mayor city district village island mountain valley forest wildfire flood rescue crews'
).split(' ');
const TAGS = (
  'Politics,Economy,Weather,Health,Education,Transport,Energy,Climate,Courts,Crime,Sport,Culture,' +
  'Science,Technology,Business,Housing,Labour,Agriculture,Environment,Elections,Europe,Asia,' +
  'Africa,Americas,Middle East,Oceania,Defence,Diplomacy,Trade,Markets,Media,Religion,Tourism,' +
  'Aviation,Shipping,Wildlife,Space,Food,Water,Cities'
).split(',');
const NAMES = [
  'Amal Haddad',
  'Ben Okafor',
  'Chen Wei',
  'Dana Ruiz',
  'Eva Lindqvist',
  'Farid Naseri',
];

/** Variants of the corpus. */
export interface CorpusOptions {
  /** A tag every article carries too (a site-wide topic such as `News`), for related-story cost. */
  siteWideTag?: string | undefined;
  /** A drawn lead photo beside every article, for what photos cost. */
  photos?: boolean | undefined;
  /**
   * What a newsroom's archive has besides stories: a profile with a portrait for every byline,
   * an old slug (alias) on every tenth story, and a Spanish translation of every twentieth.
   */
  newsroom?: boolean | undefined;
  /** The first day stories are dated (`YYYY-MM-DD`); 2019-01-01 when absent. */
  from?: string | undefined;
  /** How many days after `from` stories are spread over; six years when absent. */
  days?: number | undefined;
}

/**
 * Draws a landscape test picture, `width`×`height`, as a JPEG: a coloured ground, a band and a
 * sun. Never a copied photo; the same `hue` draws the same bytes.
 */
export async function drawPhoto(
  path: string,
  width: number,
  height: number,
  hue: number,
): Promise<void> {
  const { default: sharp } = await import('sharp');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="hsl(${hue} 55% 40%)"/>
    <rect y="${height * 0.62}" width="100%" height="${height * 0.38}" fill="hsl(${(hue + 40) % 360} 45% 30%)"/>
    <circle cx="${width * 0.7}" cy="${height * 0.3}" r="${height * 0.16}" fill="hsl(45 90% 65%)"/>
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toFile(path);
}

/** One article's markdown, made from the generator's next numbers. */
export function article(index: number, next: () => number, options: CorpusOptions = {}): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(next() * (max - min));
    const words = Array.from({ length }, () => pick(WORDS));
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = () =>
    Array.from({ length: 4 + Math.floor(next() * 3) }, () => sentence(8, 18)).join(' ');
  const start = Date.parse(`${options.from ?? '2019-01-01'}T00:00:00Z`);
  const day = new Date(start + Math.floor(next() * (options.days ?? 6 * 365)) * 86_400_000);
  const tags = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TAGS)))];
  if (options.siteWideTag) tags.push(options.siteWideTag);
  const blocks: string[] = [];
  const count = 6 + Math.floor(next() * 7);
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (i > 1 && roll < 0.1) blocks.push(`## ${sentence(3, 6).slice(0, -1)}`);
    else if (roll < 0.18)
      blocks.push(['- ', '- ', '- '].map((dash) => dash + sentence(4, 9)).join('\n'));
    else if (roll < 0.24) blocks.push(`> ${sentence(10, 20)}`);
    else if (roll < 0.3)
      blocks.push(`${sentence(6, 10)} [Read the report](https://example.org/r/${index}).`);
    blocks.push(paragraph());
  }
  return [
    '---',
    `title: "${sentence(6, 11).slice(0, -1)} (${index})"`,
    `date: ${day.toISOString().slice(0, 10)}`,
    `summary: "${sentence(14, 24)}"`,
    `author: ${pick(NAMES)}`,
    `tags: [${tags.join(', ')}]`,
    ...(options.photos
      ? ['image:', `  src: ./${storyName(index)}.jpg`, `  alt: ${sentence(5, 9).slice(0, -1)}`]
      : []),
    ...(options.newsroom && index % 10 === 0 ? [`aliases: [old-${storyName(index)}]`] : []),
    '---',
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
}

/** Writes `count` articles into `dir`, a hundred to a folder. */
export async function generateCorpus(
  dir: string,
  count: number,
  seed = 42,
  options: CorpusOptions = {},
): Promise<void> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${storyName(i)}.md`), article(i, next, options));
    // A news photo's proportions and a size a wire service sends; colours vary by story.
    if (options.photos)
      await drawPhoto(join(folder, `${storyName(i)}.jpg`), 1600, 1067, (i * 37) % 360);
    if (options.newsroom && i % 20 === 0) {
      await writeFile(join(folder, `${storyName(i)}-es.md`), translation(i));
    }
  }
  if (options.newsroom) await writeProfiles(join(dir, 'authors'));
}

/** A Spanish translation of the corpus's story `index`. */
function translation(index: number): string {
  return [
    '---',
    `title: "Traducción de la historia ${index}"`,
    `date: 2025-01-01`,
    'lang: es',
    `translationOf: ${storyName(index)}`,
    'tags: [Política]',
    '---',
    '',
    `Texto traducido de la historia ${index}, con más detalles sobre el consejo y el puerto.`,
    '',
  ].join('\n');
}

/** A profile, with a drawn portrait beside it, for every name the corpus's bylines give. */
async function writeProfiles(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [i, name] of NAMES.entries()) {
    const file = name.toLowerCase().replace(/\s+/g, '-');
    await drawPhoto(join(dir, `${file}.jpg`), 600, 800, (i * 53) % 360);
    await writeFile(
      join(dir, `${file}.md`),
      `---\nname: ${name}\nrole: Correspondent\nphoto:\n  src: ./${file}.jpg\n  alt: ${name}\n---\n\n${name} reports for the corpus.\n`,
    );
  }
}

/** The file name (without extension) of the corpus's story `index`. */
function storyName(index: number): string {
  return `story-${String(index).padStart(5, '0')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
  const [dir, count = '1000'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const value = (name: string) =>
    flags.find((flag) => flag.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (!dir)
    throw new Error(
      'usage: node src/cli/corpus.ts <folder> [count] [--photos] [--newsroom] [--from=YYYY-MM-DD] [--days=N]',
    );
  await generateCorpus(dir, Number(count), 42, {
    photos: flags.includes('--photos'),
    newsroom: flags.includes('--newsroom'),
    from: value('from'),
    days: value('days') === undefined ? undefined : Number(value('days')),
  });
  console.log(`${countOf(Number(count), 'article')} written to ${dir}`);
}
