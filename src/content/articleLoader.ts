import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articleStatus } from '../lib/articles.ts';
import { formatProblem, formatReport } from '../lib/problems.ts';
import { loadArticles } from './loadArticles.ts';
import type { ParseSettings } from './parseArticle.ts';

/** Where the articles are and how their records are made. */
export interface ArticleLoaderOptions extends ParseSettings {
  /** Folders of markdown files, relative to the project root. */
  dirs: readonly string[];
  /** The build's "now": articles dated later are held back, and the build says so. */
  now: number;
}

/** Thrown when the content has errors: its message is the whole report, one problem a line. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    // The report is the whole story; a stack trace into the loader would only bury it.
    this.stack = message;
  }
}

/** The Astro content loader for Dateline articles: every file validated, every problem reported at once. */
export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: 'dateline-articles',
    load: async (context) => {
      await syncStore(context, options);
      watchContent(context, options);
    },
  };
}

/** Replaces the store's entries with the content tree's articles, or throws with every problem. */
async function syncStore(context: LoaderContext, options: ArticleLoaderOptions): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const { articles, problems } = await loadArticles(root, options.dirs, options);
  if (problems.some((p) => p.severity === 'error')) {
    throw new ContentError(`The content has errors; nothing was published.\n${formatReport(problems)}`);
  }
  for (const problem of problems) context.logger.warn(formatProblem(problem));
  for (const article of articles) {
    if (articleStatus(article, options.now, options.timeZone) === 'scheduled') {
      context.logger.info(`held back until ${article.date}: ${article.filePath}`);
    }
  }
  context.store.clear();
  for (const article of articles) {
    const data = await context.parseData({ id: article.slug, data: article, filePath: article.filePath });
    context.store.set({
      id: article.slug,
      data,
      filePath: article.filePath,
      digest: context.generateDigest(article.html + JSON.stringify(data)),
    });
  }
  context.logger.info(`${articles.length} articles loaded`);
}

/** In `astro dev`, reloads when a markdown file under a content folder is added, changed or removed. */
function watchContent(context: LoaderContext, options: ArticleLoaderOptions): void {
  const { watcher } = context;
  if (!watcher) return;
  const root = fileURLToPath(context.config.root);
  const dirs = options.dirs.map((dir) => resolve(root, dir));
  watcher.add(dirs);
  const onChange = async (path: string) => {
    if (!path.endsWith('.md') || !dirs.some((dir) => path.startsWith(dir))) return;
    try {
      await syncStore(context, options);
    } catch (error) {
      // The last good content keeps serving; the editor reads what to fix in the terminal.
      context.logger.error(error instanceof Error ? error.message : String(error));
    }
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}
