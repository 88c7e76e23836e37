/**
 * Links in bodies and bios to a page of the site that readers would not find: a story, topic or
 * author page that is not there, or not yet (a draft, a story held back, a topic or author whose
 * stories are all held back). Each is a warning on its line: the story or profile still
 * publishes, with a link that leads nowhere.
 */
import { type ArticleStatus, articleStatus, formatRelease } from '../lib/articleStatus.ts';
import { calendarMonth, formatMonth, mustParseDate, sortTime } from '../lib/dates.ts';
import { editionKey } from '../lib/languages.ts';
import type { Problem } from '../lib/problems.ts';
import { publishedAuthors } from '../lib/shownProfiles.ts';
import {
  type LinkingPage,
  STORY_PAGE_IDS,
  type SitePage,
  linkedContentFile,
  siteLinkTarget,
} from '../lib/siteLinks.ts';
import { didYouMean } from '../lib/suggest.ts';
import { topicKey } from '../lib/topicKey.ts';
import { topicSlugs } from '../lib/topics.ts';
import type { Article } from './articleSchema.ts';
import { clobberPrefix } from './markdown/sanitizeSchema.ts';

/** A story a body may link to: every file that validated, drafts and files with errors too. */
export interface LinkableStory {
  slug: string;
  aliases: readonly string[];
  file: string;
  date: string;
  draft: boolean;
  /** Its language, when not the site's: its page is in that language's edition. */
  lang?: string | undefined;
}

/** An author profile a body may link to: the name bylines give, its page's slug, its bio's links. */
export interface LinkableAuthor {
  name: string;
  slug: string;
  /** The profile's file, and the links of its bio with their lines in it, when they are checked. */
  filePath?: string;
  bioLinks?: readonly { href: string; line?: number | undefined }[] | undefined;
}

/** What the site needs to read a body's links and to know what is published at `now`. */
export interface LinkCheckSite {
  base: string;
  siteUrl?: string | undefined;
  /** The site's language: its stories' topics are at `/topics/`, others' under their edition. */
  lang: string;
  timeZone: string;
  /** The build's clock; without it, every story that is not a draft counts as published. */
  now?: number | undefined;
  /** Whether `public/` holds a page served at a path under the base (`/about/`); none without it. */
  publicPage?: ((path: string) => boolean) | undefined;
}

/** A page named by its slug: a story, topic or author page. */
type NamedPage = Exclude<SitePage, { kind: 'authors' }>;

/** A record with what the check reads of it. */
type LinkingRecord = Pick<
  Article,
  'slug' | 'filePath' | 'date' | 'draft' | 'lang' | 'tags' | 'authors' | 'siteLinks' | 'sections'
>;

/** A page whose links are read: a story's record, or an author's page made like one. */
type Linking = LinkingRecord & { from: LinkingPage };

/**
 * Why a link leads nowhere (what follows `the link "…"`), or undefined if it leads somewhere;
 * `hash`, the link's own `#part`, kept in an address it says to write instead.
 */
type Judge = (
  page: NamedPage,
  record: Linking,
  own: ArticleStatus,
  hash?: string,
) => string | undefined;

/**
 * Every body or bio link to a page of the site that readers would not find, as warnings on their
 * lines. `stories` are every file that validated; `records` the rendered ones, whose links are
 * read; `authors` every profile, whose bio's links are read when it has them.
 */
export function brokenSiteLinks(
  records: readonly LinkingRecord[],
  stories: readonly LinkableStory[],
  authors: readonly LinkableAuthor[],
  site: LinkCheckSite,
): Problem[] {
  const clock: Clock = {
    statusOf: (story) =>
      site.now === undefined
        ? story.draft
          ? 'draft'
          : 'published'
        : articleStatus({ title: '', ...story }, site.now, site.timeZone),
    release: (date) => sortTime(mustParseDate(date), site.timeZone),
    timeZone: site.timeZone,
  };
  // Made when a link first needs one: most bodies link to no topic or author.
  const makers: Record<NamedPage['kind'], () => Judge> = {
    story: () => storyJudge(stories, site, clock),
    topic: () => topicJudge(records, site, clock),
    author: () => authorJudge(records, authors, stories, site, clock),
  };
  const judges: Partial<Record<NamedPage['kind'], Judge>> = {};
  const judge = (kind: NamedPage['kind']): Judge => (judges[kind] ??= makers[kind]());
  let authorsIndex: ReturnType<typeof authorsIndexJudge> | undefined;
  const linking: Linking[] = records
    .filter((record) => record.siteLinks)
    .map((record) => ({
      ...record,
      from: { kind: 'story', edition: editionKey(record.lang, site.lang), slug: record.slug },
    }));
  for (const author of authors) {
    if (author.bioLinks?.length && author.filePath) {
      linking.push(authorPage(author, author.filePath, author.bioLinks, records, site, clock));
    }
  }
  const problems: Problem[] = [];
  let pageOfFile: Map<string, PageOfFile> | undefined;
  let sectionsOf: Map<string, StoryParts> | undefined;
  for (const record of linking) {
    const own = clock.statusOf(record);
    for (const link of record.siteLinks ?? []) {
      const tell = (why: string | undefined) =>
        why !== undefined &&
        problems.push({
          file: record.filePath,
          line: link.line,
          field: 'body',
          message: `the link "${shownHref(link.href)}" ${why}`,
          severity: 'warning',
        });
      const file = linkedContentFile(link.href, record.filePath);
      if (file !== undefined) {
        pageOfFile ??= pagesOfFiles(stories, authors, site);
        tell(fileLinkWhy(link.href, file, pageOfFile, record, own, judge));
        continue;
      }
      const target = siteLinkTarget(link.href, {
        from: record.from,
        base: site.base,
        siteUrl: site.siteUrl,
      });
      if (!target) continue;
      let why: string | undefined;
      if (target.kind === 'base twice') {
        why = `starts with the site's base path ${site.base.slice(0, -1)}, which the build puts in front of it again, so it leads nowhere (write it as ${target.instead})`;
      } else if (target.kind === 'this computer') {
        why = `leads to this computer (${new URL(link.href, 'https://x').host}), copied from a preview: readers cannot reach it (write it as ${target.instead})`;
      } else if (target.kind === 'folder slip') {
        why = `leads to no page: the site has no /${target.folder}/ folder (write it as ${target.instead}${hashOf(link.href)})`;
      } else if (target.kind === 'file beside') {
        const beside = record.from.kind === 'story' ? 'a story' : 'a profile';
        why = `leads to ${target.path}, but files beside ${beside} are not published as they are, photos being made into the page's pictures (put the file in public/, as public/files/${target.name}, and link it as /files/${target.name})`;
      } else if (target.kind === 'edition page' || target.kind === 'other path') {
        why = otherPathWhy(target, stories, site);
      } else if (target.kind === 'authors') {
        authorsIndex ??= authorsIndexJudge(records, authors, clock);
        why = authorsIndex(record, own);
      } else if (target.kind === 'below the page') {
        const known = stories.some(
          (story) => story.slug === target.slug || story.aliases.includes(target.slug),
        );
        const address =
          record.from.kind === 'story' ? "this story's own address" : "the author page's address";
        why = known
          ? `is read from ${address}, so it leads to ${target.path}, which is no page (write it as ${target.instead})`
          : judge('story')({ kind: 'story', edition: '', slug: target.slug }, record, own);
      } else {
        why = judge(target.kind)(target, record, own, hashOf(link.href));
        if (why === undefined && target.kind === 'story') {
          sectionsOf ??= storySections(stories, records);
          why = missingSection(link.href, target, sectionsOf.get(target.slug));
        }
      }
      tell(why);
    }
  }
  return problems;
}

/**
 * Why a site path that names no story, topic or author page leads nowhere: no edition of the
 * stories has its language, or the build writes no page there and `public/` has none. A story
 * whose slug the path ends with is the page meant (`/storm/`, `/2026/05/storm/`).
 */
function otherPathWhy(
  target:
    | { kind: 'edition page'; edition: string; path: string; period?: string }
    | { kind: 'other path'; path: string; segment: string },
  stories: readonly LinkableStory[],
  site: LinkCheckSite,
): string | undefined {
  if (site.publicPage?.(target.path)) return undefined;
  const editionOf = (story: LinkableStory) => editionKey(story.lang ?? site.lang, site.lang);
  if (target.kind === 'edition page') {
    const { edition, period } = target;
    const ofEdition = stories.filter((story) => editionOf(story) === edition);
    if (edition === '' || ofEdition.length > 0) {
      if (period === undefined) return undefined;
      // `2025-04` for a month's page, `2025` for a year's.
      const dated = ofEdition.some((story) => {
        if (story.draft) return false;
        const month = calendarMonth(mustParseDate(story.date), site.timeZone);
        return month === period || month.startsWith(`${period}-`);
      });
      if (dated) return undefined;
      const [year, number] = period.split('-').map(Number) as [number, number | undefined];
      const archive = `/${edition ? `${edition}/` : ''}archive/`;
      const [unit, when] =
        number === undefined ? ['year', String(year)] : ['month', formatMonth(year, number)];
      return `leads to no page: the archive has a page for each ${unit} with stories, and none is dated ${when} (link a ${unit} that has some, or the archive itself, ${archive})`;
    }
  }
  const segment = target.kind === 'other path' ? target.segment : '';
  const story =
    stories.find((story) => story.slug === segment) ??
    stories.find((story) => story.aliases.includes(segment));
  const at = story && address('articles', editionOf(story), story.slug);
  const fix = at
    ? `a story's page is in /articles/: write it as ${at}`
    : "copy the page's address from the site, or remove the link";
  return `leads to no page: neither the build nor public/ has one at ${target.path} (${fix})`;
}

/** A rendered story a link may name by its slug or an old one: its slug, and its parts. */
interface StoryParts {
  slug: string;
  sections: readonly string[];
}

/** Each rendered story's parts (see sectionIds), by its slug and by each of its aliases. */
function storySections(
  stories: readonly LinkableStory[],
  records: readonly LinkingRecord[],
): Map<string, StoryParts> {
  const byFile = new Map(records.map((record) => [record.filePath, record.sections ?? []]));
  const bySlug = new Map<string, StoryParts>();
  for (const story of stories) {
    const sections = byFile.get(story.file);
    if (sections) bySlug.set(story.slug, { slug: story.slug, sections });
  }
  for (const story of stories) {
    const sections = byFile.get(story.file);
    for (const alias of story.aliases) {
      if (sections && !bySlug.has(alias)) bySlug.set(alias, { slug: story.slug, sections });
    }
  }
  return bySlug;
}

/**
 * Why a link to a part of a story (`/articles/harbour/#reaction`) leads to the top of its page:
 * the story has no heading, footnote or element with that id; the link names the story by an
 * old slug, whose page forwards without the part on hosts with no redirects; or it is a full
 * address, which the build leaves as written (a site path is pointed at the part, see
 * storySectionHref). A part of the page's own (STORY_PAGE_IDS), or a story not rendered, is not told.
 */
function missingSection(
  href: string,
  page: SitePage,
  story: StoryParts | undefined,
): string | undefined {
  const hash = href.indexOf('#');
  if (hash < 0 || story === undefined || page.kind !== 'story') return undefined;
  let fragment = href.slice(hash + 1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // Looked for as written.
  }
  if (fragment === '' || STORY_PAGE_IDS.has(fragment)) return undefined;
  const id = fragment.startsWith(clobberPrefix) ? fragment.slice(clobberPrefix.length) : fragment;
  const at = address('articles', page.edition, story.slug);
  const { sections } = story;
  if (!sections.includes(id)) {
    const near = didYouMean(id, [...sections]);
    const guess = near === undefined ? '' : `did you mean ${at}#${near}? `;
    return `leads to ${at}, which has no heading or note "#${id}", so readers land at the top of that story (${guess}a heading's link is its words in lower case, spaces as hyphens; or link the story without it)`;
  }
  if (page.slug !== story.slug) {
    return `names the story by its old address, which forwards to ${at} without "#${id}" where a host has no redirects (write it as ${at}#${id})`;
  }
  if (/^(https?:)?\/\//i.test(href)) {
    return `is the site's full address, which the build leaves as written, so readers land at the top of the story, not at "#${id}" (write it as a site path, ${at}#${id})`;
  }
  return undefined;
}

/** The page a story's or profile's file is published as, and the address to link it by. */
interface PageOfFile {
  page: NamedPage;
  address: string;
}

/** Each story's and profile's file, with its page: a link to the file meant the page. */
function pagesOfFiles(
  stories: readonly LinkableStory[],
  authors: readonly LinkableAuthor[],
  site: LinkCheckSite,
): Map<string, PageOfFile> {
  const pages = new Map<string, PageOfFile>();
  for (const story of stories) {
    const edition = editionKey(story.lang ?? site.lang, site.lang);
    pages.set(story.file, {
      page: { kind: 'story', edition, slug: story.slug },
      address: address('articles', edition, story.slug),
    });
  }
  for (const author of authors) {
    if (author.filePath === undefined) continue;
    pages.set(author.filePath, {
      page: { kind: 'author', slug: author.slug },
      address: address('authors', '', author.slug),
    });
  }
  return pages;
}

/**
 * Why a link to a markdown file leads nowhere: the file is never published as it is, its page is.
 * A file that is no story's or profile's is told only when it is not a site path (`/files/x.md`
 * in public/ is served as it is, and checked there).
 */
function fileLinkWhy(
  href: string,
  file: string,
  pages: ReadonlyMap<string, PageOfFile>,
  record: Linking,
  own: ArticleStatus,
  judge: (kind: NamedPage['kind']) => Judge,
): string | undefined {
  const fragment = /#.*$/s.exec(href)?.[0] ?? '';
  const found = pages.get(file);
  if (found) {
    const instead = `${found.address}${fragment}`;
    const then = judge(found.page.kind)(found.page, record, own);
    const tell = `leads to the file ${file}, which readers never see: its page is ${found.address} (write it as ${instead})`;
    return then === undefined ? tell : `${tell}; written so, it ${then}`;
  }
  if (href.startsWith('/')) return undefined;
  const name = file
    .split('/')
    .pop()!
    .replace(/\.(md|markdown)$/i, '');
  const near = [...pages].find(
    ([other]) =>
      other
        .split('/')
        .pop()!
        .replace(/\.(md|markdown)$/i, '') === name,
  );
  const guess = near ? `did you mean ${near[0]}, whose page is ${near[1].address}? ` : '';
  return `leads to ${file}, which is no story's or profile's file, and markdown files are not published as they are (${guess}link a story by its page's address, /articles/<slug>/)`;
}

/**
 * An author's page as a linking record: in the site's language, out with the first of their
 * stories to be out (a draft while none is on its way), naming them so a link to it is theirs.
 */
function authorPage(
  author: LinkableAuthor,
  filePath: string,
  links: NonNullable<LinkableAuthor['bioLinks']>,
  records: readonly LinkingRecord[],
  site: LinkCheckSite,
  clock: Clock,
): Linking {
  const dates = records
    .filter((record) => record.authors.includes(author.name) && clock.statusOf(record) !== 'draft')
    .map((record) => record.date)
    .sort((a, b) => clock.release(a) - clock.release(b));
  return {
    slug: author.slug,
    filePath,
    date: dates[0] ?? '',
    draft: dates.length === 0,
    lang: site.lang,
    tags: [],
    authors: [author.name],
    siteLinks: [...links],
    from: { kind: 'author', slug: author.slug },
  };
}

/** What to do about a link to a page that comes later than the linking one. */
const waitAdvice = (record: Linking) =>
  record.from.kind === 'story'
    ? 'hold this story until then too, or add the link once that one is out'
    : 'add the link once that one is out';

/**
 * A story link leads nowhere when no story has the slug, the story is in another edition than
 * the link names (`/articles/x/` for a story at `/es/articles/x/`), or it is out after this one.
 */
function storyJudge(stories: readonly LinkableStory[], site: LinkCheckSite, clock: Clock): Judge {
  const { statusOf, release } = clock;
  const bySlug = new Map<string, LinkableStory>();
  // A slug before any alias: an old URL never takes a story's own.
  for (const story of stories) bySlug.set(story.slug, story);
  for (const story of stories)
    for (const alias of story.aliases) if (!bySlug.has(alias)) bySlug.set(alias, story);
  let slugs: string[] | undefined;
  return (page, record, own, hash = '') => {
    const story = bySlug.get(page.slug);
    const editionOf = (story: LinkableStory) => editionKey(story.lang ?? site.lang, site.lang);
    if (!story) {
      // `/articles/x.html`, as other sites name pages: here a page is a folder's index.
      const named = bySlug.get(page.slug.replace(/\.html?$/i, ''));
      if (named && named.slug !== page.slug) {
        const at = address('articles', editionOf(named), named.slug);
        return `leads to no page: a story's page is a folder, ${at}, not an .html file (write it as ${at})`;
      }
      const near = didYouMean(page.slug, (slugs ??= [...bySlug.keys()]));
      const meant = near === undefined ? undefined : bySlug.get(near);
      const guess = meant
        ? `did you mean ${address('articles', editionOf(meant), meant.slug)}? `
        : '';
      return `leads to no story: no story has the slug "${page.slug}" (${guess}copy the address of the story's page, or remove the link)`;
    }
    const edition = editionOf(story);
    // A page in another edition's folder: no slug is there, whatever the story's standing.
    if (page.kind === 'story' && page.edition !== edition) {
      const at = address('articles', edition, page.slug);
      const where = edition ? `in ${inEnglish.of(edition)}` : "in the site's own language";
      return `leads to no page: ${story.file} is ${where}, at ${at} (write it as ${at}${hash})`;
    }
    const status = statusOf(story);
    if (status === 'draft' && own !== 'draft') {
      return `leads to ${story.file}, a draft, so readers find no page there (publish that story first, or remove the link)`;
    }
    if (
      status === 'scheduled' &&
      own !== 'draft' &&
      (own === 'published' || release(story.date) > release(record.date))
    ) {
      return `leads to ${story.file}, held back until ${formatRelease(release(story.date), clock.timeZone)}, so until then readers find no page there (${waitAdvice(record)})`;
    }
    return undefined;
  };
}

/** A link as the editor wrote it: the body's parser percent-encodes what is not ASCII. */
function shownHref(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** A link's own `#part`, as written (`#qué-pasa`), or '' for none. */
const hashOf = (href: string) => {
  const at = href.indexOf('#');
  return at < 0 ? '' : shownHref(href.slice(at));
};

/** The address to write for a page of the site: `/es/topics/lluvias/` (edition '' is the site's own). */
const address = (folder: 'articles' | 'topics' | 'authors', edition: string, slug: string) =>
  `/${edition ? `${edition}/` : ''}${folder}/${slug}/`;

/** A language's name in the words of the messages: `es` is Spanish. */
const inEnglish = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** How the judges read a story's standing: its status at the build's clock, its release time. */
interface Clock {
  statusOf: (story: { date: string; draft: boolean }) => ArticleStatus;
  release: (date: string) => number;
  timeZone: string;
}

/**
 * Why a page that the stories `bringers` (none published) bring out is not there for a reader of
 * the linking story: undefined when the linking story is a draft, or when one of them is out by
 * the time it is. `what` names the page: `the topic page "x"`.
 */
function notYetOut(
  what: string,
  bringers: readonly LinkingRecord[],
  record: Linking,
  own: ArticleStatus,
  clock: Clock,
): string | undefined {
  if (own === 'draft') return undefined;
  const times = bringers
    .filter((story) => clock.statusOf(story) === 'scheduled')
    .map((story) => clock.release(story.date));
  if (times.length === 0) {
    return `leads to ${what}, whose stories are all drafts, so readers find no page there (publish one of them first, or remove the link)`;
  }
  const first = Math.min(...times);
  if (own === 'scheduled' && first <= clock.release(record.date)) return undefined;
  return `leads to ${what}, whose first story is held back until ${formatRelease(first, clock.timeZone)}, so until then readers find no page there (${waitAdvice(record)})`;
}

/**
 * A topic link leads nowhere when no published story of that edition has the tag. The linking
 * story's own tags count: their pages are there when it is.
 */
function topicJudge(records: readonly LinkingRecord[], site: LinkCheckSite, clock: Clock): Judge {
  const editionOf = (record: LinkingRecord) => editionKey(record.lang, site.lang);
  // Each edition's tags, as its topic pages are made from them: of its published stories.
  const published = new Map<string, string[]>();
  const every = new Map<string, LinkingRecord[]>();
  for (const record of records) {
    const edition = editionOf(record);
    if (clock.statusOf(record) === 'published') push(published, edition, record.tags);
    push(every, edition, [record]);
  }
  const pages = (tags: readonly string[]) => new Set(topicSlugs(tags).values());
  const shown = new Map([...published].map(([edition, tags]) => [edition, pages(tags)]));
  return (page, record, own) => {
    if (page.kind !== 'topic') return undefined;
    const { edition, slug } = page;
    const now = published.get(edition) ?? [];
    if (shown.get(edition)?.has(slug)) return undefined;
    if (editionOf(record) === edition && pages([...now, ...record.tags]).has(slug))
      return undefined;
    const stories = every.get(edition) ?? [];
    const slugs = topicSlugs(stories.flatMap((story) => story.tags));
    const bringers = stories.filter((story) =>
      story.tags.some((tag) => slugs.get(topicKey(tag)) === slug),
    );
    if (bringers.length > 0)
      return notYetOut(`the topic page "${slug}"`, bringers, record, own, clock);
    // `/topics/lluvias/` for a topic of Spanish stories: the page is in that edition's folder.
    const other = [...shown].find(([key, slugs]) => key !== edition && slugs.has(slug))?.[0];
    if (other !== undefined) {
      const at = address('topics', other, slug);
      const where = other ? `in ${inEnglish.of(other)}` : "in the site's own language";
      return `leads to no page: the topic "${slug}" is of stories ${where}, at ${at} (write it as ${at})`;
    }
    const near = didYouMean(slug, [...(shown.get(edition) ?? [])]);
    const guess = near ? `did you mean ${address('topics', edition, near)}? ` : '';
    return `leads to no topic: no published story has a tag whose page is "${slug}" (${guess}copy the address of the topic's page, or remove the link)`;
  };
}

/** Adds `values` to the list at `key`. */
function push<T>(lists: Map<string, T[]>, key: string, values: readonly T[]): void {
  const list = lists.get(key);
  if (list) list.push(...values);
  else lists.set(key, [...values]);
}

/**
 * An author link leads nowhere when no profile has the slug, or its page is not out yet (none
 * of its stories is published). A profile the linking story's byline names counts.
 */
/**
 * Why a link to the index of authors leads nowhere: the index comes with the first published
 * story whose byline names a profile, and the linking page's own byline counts.
 */
function authorsIndexJudge(
  records: readonly LinkingRecord[],
  authors: readonly LinkableAuthor[],
  clock: Clock,
): (record: Linking, own: ArticleStatus) => string | undefined {
  const names = new Set(authors.map((author) => author.name));
  const profiled = (record: LinkingRecord) => record.authors.some((name) => names.has(name));
  const bringers = records.filter(profiled);
  const out = bringers.some((record) => clock.statusOf(record) === 'published');
  return (record, own) => {
    if (out || profiled(record)) return undefined;
    if (bringers.length > 0)
      return notYetOut('the index of journalists', bringers, record, own, clock);
    return own === 'draft'
      ? undefined
      : 'leads to the index of journalists, which comes with the first published story by a journalist with a profile, so readers find no page there (give a journalist with a published story a profile in authors/ in the content folder, or remove the link)';
  };
}

function authorJudge(
  records: readonly LinkingRecord[],
  authors: readonly LinkableAuthor[],
  stories: readonly LinkableStory[],
  site: LinkCheckSite,
  clock: Clock,
): Judge {
  const bySlug = new Map(authors.map((author) => [author.slug, author]));
  const shown = new Set(
    publishedAuthors(
      authors,
      records.filter((record) => clock.statusOf(record) === 'published'),
    ).map((author) => author.slug),
  );
  return (page, record, own) => {
    if (page.kind !== 'author' || shown.has(page.slug)) return undefined;
    const author = bySlug.get(page.slug);
    if (author) {
      if (record.authors.includes(author.name)) return undefined;
      const bringers = records.filter((story) => story.authors.includes(author.name));
      return bringers.length > 0
        ? notYetOut(`the page of ${author.name}`, bringers, record, own, clock)
        : `leads to the page of ${author.name}, whom no byline names yet, so readers find no page there (the page comes with their first published story)`;
    }
    // `../harbour/` in a bio is read from the author page: an author, where a story was meant.
    const story = stories.find((story) => story.slug === page.slug);
    if (story) {
      const at = address('articles', editionKey(story.lang ?? site.lang, site.lang), story.slug);
      return `leads to no author: no author profile has the slug "${page.slug}", a story does (write it as ${at})`;
    }
    const near = didYouMean(page.slug, [...shown]);
    const guess = near ? `did you mean ${address('authors', '', near)}? ` : '';
    return `leads to no author: no author profile has the slug "${page.slug}" (${guess}copy the address of the author's page, give them a profile as authors/${page.slug}.md in the content folder, or remove the link)`;
  };
}
