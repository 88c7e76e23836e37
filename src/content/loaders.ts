import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatRelease, scheduledStories, statusSummary } from '../lib/articleStatus.ts';
import { waitingProfiles } from '../lib/shownProfiles.ts';
import { serialized } from '../lib/serialize.ts';
import { stableJson } from '../lib/digest.ts';
import { type CachePaths, cacheCode } from '../build/caches.ts';
import {
  type Problem,
  formatProblem,
  formatReport,
  sortProblems,
  warningSummary,
} from '../lib/problems.ts';
import type { Article } from './articleSchema.ts';
import { hasBody, pruneBodies } from '../build/bodyStore.ts';
import { showInDev } from '../build/devProblems.ts';
import { ContentError } from './contentError.ts';
import { loadArticles, withBodyWords } from './sync.ts';
import { watchContent } from './watch.ts';
import type { ParseSettings, ValidArticle } from './validate.ts';
import { contentKey, publishedIndex, writePublishedIndex } from '../build/publishedIndex.ts';
import type { Author } from './authorSchema.ts';
import type { PhotoInfo } from '../lib/photoSizes.ts';
import type { SectionsSource } from '../lib/sections.ts';
import { type PhotoMemo, loadPhotoMemo } from './photoFiles.ts';
import {
  type ValidationCache,
  emptyValidationCache,
  loadValidationCache,
  saveValidationCache,
} from '../build/validationCache.ts';

/** Where the articles are and how their records are made. */
export interface ArticleLoaderOptions extends ParseSettings {
  /** Folders of markdown files, relative to the project root. */
  dirs: readonly string[];
  /** The build's "now": articles dated later are held back, and the build says so. */
  now: number;
  /**
   * The dev server's clock, read at each sync (it runs for hours: a story saved dated "now" is
   * out, not held back until the build's moment of starting). A build reads `now` only.
   */
  clock?: (() => number) | undefined;
  /** The site's language, which orders titles that tie on time. */
  lang: string;
  /** Where rendered bodies and the published index are kept. */
  cache: CachePaths;
  /** How many threads render articles. */
  threads: number;
  /** The site's address: a body's full link to one of its own stories is checked too. */
  siteUrl?: string | undefined;
  /** The front page's sections and where they are set, checked against the stories' tags. */
  sections?: { names: readonly string[]; where: SectionsSource } | undefined;
  /** The languages the settings describe and where they are set, checked against the stories'. */
  editions?: { langs: readonly string[]; where: SectionsSource } | undefined;
}

export { ContentError };

/** What one sync of the content tree gives the three collections. */
interface Synced {
  articles: Article[];
  authors: Author[];
  photos: Map<string, PhotoInfo>;
}

/**
 * Dateline's Astro content loaders: the articles, and the catalogue of what they refer to (the
 * author profiles, and the photos both show), all from one sync of the content tree (every file
 * validated, every problem reported at once). The articles loader syncs; the catalogue's fills
 * its store from the result, once per sync. The catalogue always holds its summary, so it is
 * never empty (Astro warns of an empty collection on every read).
 */
export function contentLoaders(options: ArticleLoaderOptions): {
  articles: Loader;
  catalogue: Loader;
} {
  let follow: ((synced: Synced) => Promise<void>) | undefined;
  let settle!: (synced: Synced | undefined) => void;
  const first = new Promise<Synced | undefined>((resolve) => (settle = resolve));
  return {
    articles: articleLoader(options, {
      synced: async (synced) => {
        settle(synced);
        await follow?.(synced);
      },
      failed: () => settle(undefined),
    }),
    catalogue: {
      name: 'dateline-catalogue',
      load: async (context) => {
        follow = ({ authors, photos }) =>
          replaceEntries(context, [
            {
              id: 'summary',
              data: { kind: 'summary', authors: authors.length, photos: photos.size },
            },
            ...authors.map((author) => ({
              id: `author:${author.slug}`,
              data: { kind: 'author', author },
              filePath: author.filePath,
            })),
            // One entry for every photo, in key order: the store is written out whole at every
            // build, and an entry a photo cost more in it than the photo did.
            { id: 'photos', data: { kind: 'photos', photos: [...photos.values()] } },
          ]);
        // A build whose content has errors fails in the articles loader, which reports them.
        const synced = await first;
        if (synced) await follow(synced);
      },
    },
  };
}

/** Replaces a store's entries, keeping those whose data is unchanged. */
async function replaceEntries(
  context: LoaderContext,
  entries: { id: string; data: object; filePath?: string | undefined }[],
): Promise<void> {
  const keep = new Set(entries.map((entry) => entry.id));
  for (const key of context.store.keys()) if (!keep.has(key)) context.store.delete(key);
  for (const entry of entries) {
    const digest = context.generateDigest(stableJson(entry.data));
    if (context.store.get(entry.id)?.digest === digest) continue;
    const data = await context.parseData({
      id: entry.id,
      data: entry.data as Record<string, unknown>,
      filePath: entry.filePath,
    });
    context.store.set({ id: entry.id, data, filePath: entry.filePath, digest });
  }
}

/** What the articles loader tells the others: each sync's result, or that the build failed. */
interface SyncListener {
  synced: (result: Synced) => Promise<void>;
  failed: () => void;
}

/** The loader of the articles: it syncs the whole content tree and hands the result on. */
function articleLoader(options: ArticleLoaderOptions, listener: SyncListener): Loader {
  return {
    name: 'dateline-articles',
    load: async (context) => {
      const settings = { ...options, ...withBodyWords(options) };
      const memo = (name: string) => join(options.cache.installed, `${name}.json`);
      const root = fileURLToPath(context.config.root);
      const [pipeline, validation] = await Promise.all([
        cacheCode(root, 'records', memo('records')),
        cacheCode(root, 'validation', memo('validation')),
      ]);
      // Record digests of validated files: code and settings are fixed for a loader's life.
      const known = new WeakMap<ValidArticle, string>();
      if (!context.watcher) {
        // A build: validation results of unchanged files come from the last build.
        const signature = [validation, options.base, options.timeZone, options.lang].join('\n');
        const cache = await loadValidationCache(options.cache.validation, signature);
        const photoMemo = await loadPhotoMemo(options.cache.photoInfo);
        try {
          const synced = await syncStore(context, settings, { pipeline, cache, known, photoMemo });
          await listener.synced(synced);
        } catch (error) {
          listener.failed();
          throw error;
        } finally {
          await saveValidationCache(options.cache.validation, signature, cache);
        }
        return;
      }
      // The dev server keeps validation results in memory, and is told of every change. It
      // reports a broken file and goes on serving the others; syncs never overlap, and a burst
      // of changes (a git pull) is folded into one more sync.
      const cache = emptyValidationCache('mtime');
      // Starts from the build's photo readings, so an archive's photos are not all read again
      // at start; kept in memory only, as a reload after each save need not write them out.
      const photoMemo = { ...(await loadPhotoMemo(options.cache.photoInfo)), file: undefined };
      const sync = serialized(async () => {
        try {
          const now = options.clock?.() ?? options.now;
          const state = { pipeline, cache, known, photoMemo };
          const synced = await syncStore(context, { ...settings, now }, state);
          await listener.synced(synced);
        } catch (error) {
          listener.failed();
          const message = error instanceof Error ? error.message : String(error);
          context.logger.error(message);
          showInDev(message.split('\n'));
        }
      });
      await sync();
      // From now on the watcher tells which files changed; no other file is looked at again.
      cache.changed = new Set();
      watchContent(context, options, cache.changed, sync);
    },
  };
}

/** Replaces the store's entries with the content tree's articles, or throws with every problem. */
async function syncStore(
  context: LoaderContext,
  options: ArticleLoaderOptions,
  state: {
    pipeline: string;
    cache: ValidationCache;
    known: WeakMap<ValidArticle, string>;
    photoMemo: PhotoMemo;
  },
): Promise<Synced> {
  const { pipeline, cache, known } = state;
  const root = fileURLToPath(context.config.root);
  const digests = new Map<string, string>();
  const digestOf = (valid: ValidArticle) => {
    // The dev server's validation cache hands back the same object for an unchanged file, so
    // its digest is worked out once, not on every edit of another file.
    let digest = known.get(valid);
    if (digest === undefined) {
      digest = context.generateDigest(
        [
          pipeline,
          stableJson([options.base, options.timeZone, options.lang, options.bodyWords]),
          valid.file,
          valid.text,
          // What validation made of the file: a change to validation changes the record too.
          stableJson([valid.fields, valid.slug, valid.lang]),
        ].join('\n'),
      );
      known.set(valid, digest);
    }
    return digest;
  };
  // A record whose source, settings and pipeline are unchanged is reused, not re-rendered,
  // as long as the body it names is still in the body store.
  const reuse = (valid: ValidArticle): Article | undefined => {
    const digest = digestOf(valid);
    digests.set(valid.file, digest);
    const stored = context.store.get(valid.slug);
    if (stored?.digest !== digest) return undefined;
    const record = stored.data as Article;
    return hasBody(options.cache.bodies, record.body) ? record : undefined;
  };
  const preview = Boolean(context.watcher);
  const { articles, authors, photos, problems, rendered, reused, drafts } = await loadArticles(
    root,
    options.dirs,
    options,
    {
      reuse,
      cache,
      photoMemo: state.photoMemo,
      bodiesDir: options.cache.bodies,
      threads: options.threads,
      now: options.now,
      // The dev server shows every file it can while the editor fixes the others.
      partial: preview,
      // Read before this build writes its own: what the last build published.
      published: options.cache.published,
      siteUrl: options.siteUrl,
      sections: options.sections,
      editions: options.editions,
    },
  );
  const failed = problems.some((p) => p.severity === 'error');
  if (failed && !preview) {
    throw new ContentError(
      `The content has errors; nothing was published.\n${formatReport(problems)}`,
    );
  }
  if (failed) {
    context.logger.error(
      `The content has errors; the dev server shows the other articles.\n${formatReport(problems)}`,
    );
  }
  if (preview) {
    // The dev server's pages show the terminal's words too, in a banner (DevProblems.astro).
    const sorted = sortProblems(problems);
    const warned = sorted.filter((p) => p.severity === 'warning').length;
    showInDev(
      failed
        ? [
            'The content has errors; the dev server shows the other articles.',
            ...formatReport(sorted).split('\n'),
          ]
        : warned > 0
          ? [
              ...sorted.filter((p) => p.severity === 'warning').map(formatProblem),
              warningSummary(warned),
            ]
          : [],
    );
  }
  // Every warning of the sync is printed together at its end, then counted; notes are not.
  const warnings: Problem[] = failed ? [] : problems.filter((p) => p.severity === 'warning');
  const notes = failed ? [] : problems.filter((p) => p.severity === 'note');
  // First release first, as npm run scheduled and check:content list them.
  for (const story of scheduledStories(articles, options.now, options.timeZone)) {
    context.logger.info(
      `held back until ${formatRelease(story.release, options.timeZone)}: ${story.filePath}`,
    );
  }
  const keep = new Set(articles.map((article) => article.slug));
  for (const key of context.store.keys()) if (!keep.has(key)) context.store.delete(key);
  for (const article of articles) {
    const digest = digests.get(article.filePath)!;
    if (context.store.get(article.slug)?.digest === digest) continue;
    const data = await context.parseData({
      id: article.slug,
      data: article,
      filePath: article.filePath,
    });
    context.store.set({ id: article.slug, data, filePath: article.filePath, digest });
  }
  const index = publishedIndex(articles, authors, {
    ...options,
    photoOf: (key) => photos.get(key),
  });
  if (!context.watcher) {
    // A build: record what it publishes for the outputs made beside and after the pages, and
    // drop bodies no record names any more. The dev server keeps every body, as it may still
    // be showing one.
    await writePublishedIndex(options.cache.published, {
      ...index,
      content: contentKey(root, options.dirs),
    });
    await pruneBodies(options.cache.bodies, new Set(articles.map((article) => article.body)));
  }
  // A draft with errors (in its fields, photos or body) has no record, and is counted all the
  // same: its errors were warnings.
  const recorded = new Set(articles.map((article) => article.filePath));
  const unrecorded = drafts.filter((file) => !recorded.has(file));
  const counted = [...articles, ...unrecorded.map(() => ({ title: '', date: '', draft: true }))];
  context.logger.info(statusSummary(counted, options.now, options.timeZone));
  context.logger.info(
    `bodies: ${rendered.toLocaleString('en')} rendered, ${reused.toLocaleString('en')} reused`,
  );
  // check:content tells the same; the dev server shows every profile a story names.
  if (!preview) {
    warnings.push(...waitingProfiles(authors, articles, new Set(index.authors.map((a) => a.slug))));
  }
  for (const note of sortProblems(notes)) context.logger.info(`note: ${formatProblem(note)}`);
  for (const warning of sortProblems(warnings)) context.logger.warn(formatProblem(warning));
  if (warnings.length > 0) context.logger.warn(warningSummary(warnings.length));
  return { articles, authors, photos };
}
