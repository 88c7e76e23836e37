/**
 * The translation graph: a translation names its original (`translationOf: <slug>`), and every
 * version of a story (the original and each translation) links to all the others.
 */
import type { Problem } from './problems.ts';

/** What the graph needs of one article file. */
export interface TranslationSource {
  slug: string;
  file: string;
  /** Its language tag, canonical (`es`, `es-MX`). */
  lang: string;
  /** The original's slug, when this is a translation. */
  translationOf?: string | undefined;
  /** The line of `translationOf`, for messages. */
  line?: number | undefined;
  /** Its old slugs (aliases): a translation naming one is told the slug that replaced it. */
  aliases?: readonly string[] | undefined;
  /** Held back at this build (a draft, or dated later): how it is told, when an original. */
  held?: 'a draft' | 'held back' | undefined;
}

/**
 * What is wrong with the translations of a content tree: an original that does not exist, or is
 * itself a translation, a translation in its original's language, and two translations of one
 * story in the same language (each names the other file); and, as a warning, a translation
 * published while its original is held back.
 */
export function translationProblems(sources: readonly TranslationSource[]): Problem[] {
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  const byAlias = new Map(
    sources.flatMap((source) => (source.aliases ?? []).map((alias) => [alias, source] as const)),
  );
  const problems: Problem[] = [];
  const taken = new Map<string, TranslationSource>();
  for (const source of sources) {
    if (source.translationOf === undefined) continue;
    const problem = (message: string) =>
      problems.push({
        file: source.file,
        line: source.line,
        field: 'translationOf',
        message,
        severity: 'error',
      });
    const original = bySlug.get(source.translationOf);
    const renamed = original ? undefined : byAlias.get(source.translationOf);
    if (renamed) {
      // The original was renamed: its old slug is an alias now, which a translation cannot
      // name (the versions of a story are linked by slug), so say which slug replaced it.
      problem(
        `"${source.translationOf}" is an old slug of "${renamed.slug}" (${renamed.file}), which replaced it (name the story by its slug now: translationOf: ${renamed.slug})`,
      );
      continue;
    }
    if (!original) {
      problem(
        `"${source.translationOf}" is not the slug of any article (name the original story's slug, as in its URL /articles/<slug>/; if the original was deleted, delete this translation too, or delete this line to publish it as a story of its own)`,
      );
      continue;
    }
    if (original === source) {
      problem(`names this article itself (name the original story's slug)`);
      continue;
    }
    if (original.translationOf !== undefined) {
      problem(
        `"${original.slug}" is itself a translation, of "${original.translationOf}" (name the original: translationOf: ${original.translationOf})`,
      );
      continue;
    }
    if (original.lang === source.lang) {
      problem(
        `"${original.slug}" (${original.file}) is in ${source.lang} too (a translation is in another language: set lang:)`,
      );
      continue;
    }
    // A translation out before its original publishes the story first: a desk may mean it (the
    // translations then link to each other), an editor may not, so it is told, not refused.
    if (original.held && !source.held) {
      problems.push({
        file: source.file,
        line: source.line,
        field: 'translationOf',
        message: `"${original.slug}" (${original.file}) is ${original.held}, so this translation publishes its story first (if that is not meant, make this one a draft too, or date it with the original)`,
        severity: 'warning',
      });
    }
    const key = `${original.slug}\n${source.lang}`;
    const first = taken.get(key);
    if (first) {
      problem(
        `${first.file} is already the ${source.lang} translation of "${original.slug}" (keep one, or give this one another language)`,
      );
      continue;
    }
    taken.set(key, source);
  }
  return problems;
}

/** What a page needs to link the versions of its story. */
export interface Versioned {
  slug: string;
  lang: string;
  translationOf?: string | undefined;
}

/**
 * Every version of each story among `articles`, by slug: the original first (when it is among
 * them), then the translations by language. A story with one version maps to that alone.
 */
export function storyVersions<T extends Versioned>(articles: readonly T[]): Map<string, T[]> {
  const stories = new Map<string, T[]>();
  for (const article of articles) {
    const root = article.translationOf ?? article.slug;
    const versions = stories.get(root);
    if (versions) versions.push(article);
    else stories.set(root, [article]);
  }
  const bySlug = new Map<string, T[]>();
  for (const [root, versions] of stories) {
    versions.sort(
      (a, b) =>
        Number(b.slug === root) - Number(a.slug === root) ||
        (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0),
    );
    for (const version of versions) bySlug.set(version.slug, versions);
  }
  return bySlug;
}

/** The original among a story's versions: the one that is no translation, when published. */
export function originalOf<T extends Versioned>(versions: readonly T[]): T | undefined {
  return versions.find((version) => version.translationOf === undefined);
}

/**
 * The hreflang alternates of a story: every version (path and language) and `x-default`, the
 * original; none when the story has only itself. The page's `<link rel="alternate">` tags and the
 * sitemap's `xhtml:link`s are both these.
 */
export function alternatesOf(
  versions: readonly { lang: string; url: string; original: boolean }[],
): { lang: string; url: string }[] {
  if (versions.length < 2) return [];
  const original = versions.find((version) => version.original);
  return [
    ...versions.map((version) => ({ lang: version.lang, url: version.url })),
    ...(original ? [{ lang: 'x-default', url: original.url }] : []),
  ];
}
