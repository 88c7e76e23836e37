/**
 * `npm run import -- <file or folder>… [--title "Headline"] [--force] [--into folder]`:
 * turns plain-text wire stories into articles, every paragraph kept verbatim.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listMarkdownFiles } from '../content/loadArticles.ts';
import { slugFromFileName } from '../lib/slugs.ts';
import { decodeText } from '../lib/utf8.ts';
import { parseWireStory, wireStoryToArticle } from '../lib/wire.ts';
import { site } from '../site.ts';

const USAGE =
  'usage: npm run import -- <file or folder>… [--title "Headline"] [--force] [--into folder]';
const root = fileURLToPath(new URL('../..', import.meta.url));

const { values, positionals } = parseArgs({
  options: {
    title: { type: 'string' },
    force: { type: 'boolean', default: false },
    into: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
});
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

/** Every regular, non-hidden file named or below a named folder, in a stable order. */
async function inputFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      files.push(path); // reported below as unreadable
    } else if (info.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const inside = entries
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
      files.push(...inside);
    } else {
      files.push(path);
    }
  }
  return files;
}

const into = resolve(root, values.into ?? site.contentDirs[0] ?? 'content');
const files = await inputFiles(positionals);
if (values.title && files.length > 1) {
  console.error('import: --title names one story; give exactly one file with it');
  process.exit(1);
}

// Slugs already taken by file names in the content folders and the target folder.
const contentDirs = [...new Set([...site.contentDirs.map((dir) => resolve(root, dir)), into])];
const taken = new Map<string, string>();
for (const file of await listMarkdownFiles(root, contentDirs).catch(() => [])) {
  taken.set(slugFromFileName(basename(file)), file);
}

const showProgress = process.stderr.isTTY && files.length > 20;
const started = performance.now();
let written = 0;
let skipped = 0;
let failed = 0;
let derived = 0;

for (const [index, file] of files.entries()) {
  const name = relative(process.cwd(), file) || file;
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => error);
  const decoded = bytes instanceof Error ? undefined : decodeText(bytes);
  const parsed = decoded?.ok ? parseWireStory(decoded.text) : undefined;
  let reason: string | undefined;
  if (bytes instanceof Error) reason = `cannot be read (${bytes.code ?? bytes.message})`;
  else if (decoded && !decoded.ok) reason = `line ${decoded.line}: not valid UTF-8`;
  else if (parsed && !parsed.ok) reason = parsed.reason;

  if (reason || !parsed?.ok) {
    failed++;
    console.error(`failed: ${name}: ${reason}`);
  } else {
    const article = wireStoryToArticle(parsed.story, values.title);
    // One slug, one article: an existing file with this slug, wherever it is, is kept unless --force.
    const owner = taken.get(article.slug);
    const path = owner ? resolve(root, owner) : join(into, `${article.slug}.md`);
    if (owner && !values.force) {
      skipped++;
      console.error(
        `skipped: ${name}: ${owner} already has slug "${article.slug}" (--force replaces it)`,
      );
    } else {
      await writeFile(path, article.markdown);
      taken.set(article.slug, relative(root, path));
      written++;
      if (article.derivedTitle) derived++;
      console.log(`${owner ? 'replaced' : 'wrote'} ${relative(root, path)}  ← ${name}`);
    }
  }
  if (showProgress && (index % 50 === 0 || index === files.length - 1)) {
    const rate = (index + 1) / ((performance.now() - started) / 1000);
    process.stderr.write(`\r${index + 1}/${files.length} files, ${rate.toFixed(0)} files/s `);
  }
}
if (showProgress) process.stderr.write('\n');

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `imported ${written}, skipped ${skipped}, failed ${failed} of ${files.length} files in ${seconds} s`,
);
if (derived > 0) {
  console.log(
    `review the ${derived} derived headline(s): each is the story's first sentence, cut to 90 characters`,
  );
}
process.exitCode = failed > 0 ? 1 : 0;
