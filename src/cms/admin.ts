/**
 * Dateline's part of the CMS, run in the editor's browser before Decap CMS starts: the file
 * formats (markdownFormat.ts, and the settings file's YAML, both kept as written where
 * unchanged), the preview in the site's own styles, and the checks before a save, which refuse what the build
 * would refuse in the build's own words and keep a published story's old slug as an alias.
 */
import { parse } from 'yaml';
import { frontmatterSchema } from '../content/articleSchema.ts';
import { authorFrontmatterSchema } from '../content/authorSchema.ts';
import { siteFileSchema } from '../content/siteSchema.ts';
import {
  type DateStyle,
  dateStyle,
  formatAfter,
  formatDate,
  parseDateValue,
} from '../lib/dates.ts';
import { byline } from '../lib/byline.ts';
import { firstParagraphOf, isStandfirst } from '../lib/excerpt.ts';
import { kickerOf } from '../lib/frontPage.ts';
import { lastChange } from '../lib/meta.ts';
import { DEFAULT_LANG } from '../lib/languages.ts';
import { isBlankMarkdown, readingMinutes } from '../lib/text.ts';
import { topicKey } from '../lib/topicKey.ts';
import { slugFromFileName, slugFromPath, storySlug } from '../lib/slugs.ts';
import { STRINGS, type Strings, languageOf } from '../lib/strings.ts';
import { SITE_META, sectionsOf } from './adminPage.ts';
import { NO_ALT_EXAMPLE } from '../lib/altText.ts';
import { bodyVerdict } from './bodyRefusals.ts';
import { BIO, STORY } from '../content/bodyNotes.ts';
import { emptyBodyMessage, writtenBodyWarnings } from '../content/bodyChecks.ts';
import {
  BODY_LABELS,
  CMS_LOCALE,
  cmsPhrases,
  MARKDOWN_FORMAT,
  OTHER_NAMES_LABEL,
  SETTINGS_FORMAT,
  SOURCE_MARK,
  formLabels,
} from './config.ts';
import type { CmsProfile, KnownStory } from './cmsData.ts';
import { namesOf } from './bylineNames.ts';
import { keptYaml } from './keptYaml.ts';
import { photoPath, photoReader } from './previewPhotos.ts';
import { curledBody } from './previewQuotes.ts';
import { keptPhotoMessage, replacedName } from './replacePhoto.ts';
import { tellMarkedFields } from './markedFields.ts';
import {
  BROWSER_PHOTOS,
  UPLOAD_LIMIT,
  type Upload,
  uploadRefusals,
  usedPhotos,
} from './uploadChecks.ts';
import { fileFields, readMarkdownFile, writeMarkdownFile } from './markdownFormat.ts';
import {
  blankFields,
  checkEntry,
  filingProblem,
  refusalMessage,
  withAliases,
} from './saveChecks.ts';
import { decapSlug } from './decapSlug.ts';
import { isListRoute } from './listRoute.ts';
import { SCHEDULED_MARK, listedAsScheduled, standing } from './standing.ts';
import { UNREAL_DATE, fieldNameOf, unrealDateBoxes, watchDateBoxes } from './dateBoxes.ts';
import { photoFolderOf } from '../lib/photoFolders.ts';
import { goingWith } from './storyFolder.ts';
import { type NamedStory, editedEntry, liveLink } from './viewLive.ts';
import {
  bylineWarnings,
  copyWarning,
  entryWarnings,
  oneNotice,
  splitTopics,
  warningsQuestion,
} from './saveWarnings.ts';

/** Decap's backends by name: `proxy` is the local folder's (`npm run cms`). */
const BACKENDS = [
  ...['proxy', 'github', 'gitlab', 'git-gateway', 'bitbucket', 'gitea', 'forgejo', 'azure'],
  'aws-cognito-github-proxy',
];

/** Where Decap's markdown editor keeps the mode an editor last chose (`rich_text` or `raw`). */
const MARKDOWN_MODE_KEY = 'cms.md-mode';

/** The parts of Decap CMS's global this file uses. */
interface Cms {
  init: () => void;
  registerCustomFormat: (
    name: string,
    extension: string,
    format: {
      fromFile: (text: string) => Record<string, unknown>;
      toFile: (data: Record<string, unknown>) => string;
    },
  ) => void;
  registerLocale: (locale: string, phrases: Record<string, unknown>) => void;
  getBackend: (name: string) => { init: (...args: unknown[]) => Backend } | undefined;
  registerPreviewStyle: (url: string) => void;
  registerPreviewTemplate: (collection: string, component: unknown) => void;
  getEditorComponents: () => { get: (id: string) => EditorComponent | undefined };
  registerEditorComponent: (component: EditorComponent) => void;
  registerEventListener: (listener: {
    name: string;
    handler: (event: { entry: ImmutableMap }) => unknown;
  }) => void;
}

/** A Decap editor component (the body's `![alt](src)` is Decap's `image`), as far as this file uses it. */
interface EditorComponent {
  toPreview: (
    data: { image?: string; alt?: string; title?: string },
    getAsset: GetAsset,
    fields: unknown,
  ) => unknown;
}

/** Decap's photo lookup for the entry previewed: a photo's URL, as its `toString()`. */
type GetAsset = (src: string, field?: unknown) => unknown;

/** The parts of a Decap backend (GitHub, GitLab, the local folder, …) this file uses. */
interface Backend {
  getMedia: (folder: string) => Promise<{ path: string }[]>;
  getMediaFile: (path: string) => Promise<{ url: string }>;
  deleteFiles: (paths: string[], commitMessage: string) => Promise<unknown>;
}

/** Decap's entries are Immutable.js maps. */
interface ImmutableMap {
  get: (key: string) => unknown;
  getIn: (path: string[]) => unknown;
  set: (key: string, value: unknown) => ImmutableMap;
  setIn: (path: string[], value: unknown) => ImmutableMap;
  delete: (key: string) => ImmutableMap;
  toJS: () => Record<string, unknown>;
}

type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

const globals = window as unknown as {
  CMS: Cms;
  h: H;
  createClass: (spec: Record<string, unknown>) => unknown;
};
const { CMS, h, createClass } = globals;

/** The preview's photos, read through the backend the CMS made (see previewPhotos.ts). */
const photos = photoReader();

// A story deleted takes its photos with it, in the same commit (see storyFolder.ts). Decap keeps
// one maker a backend; each is wrapped before the CMS starts and makes its backend.
for (const name of BACKENDS) {
  const made = CMS.getBackend(name);
  if (!made) continue;
  const init = made.init;
  made.init = (...args) => {
    const backend = init(...args);
    photos.use((path) => backend.getMediaFile(path));
    const deleteFiles = backend.deleteFiles.bind(backend);
    backend.deleteFiles = async (paths, commitMessage) => {
      const known = await stories();
      const photos = await Promise.all(
        paths.map(async (path) => {
          const folder = photoFolderOf(path);
          if (folder === undefined) return [];
          const listed = await backend.getMedia(folder).catch(() => []);
          const others = known.filter((story) => story.file !== path);
          const used = new Set(others.flatMap((story) => story.photos));
          return goingWith(
            path,
            listed.map((file) => file.path),
            used,
          );
        }),
      );
      return deleteFiles([...new Set([...paths, ...photos.flat()])], commitMessage);
    };
    return backend;
  };
}

// A save Decap refuses for a field it marks names them, the cursor in the first (markedFields.ts).
tellMarkedFields(document);

// A photo uploaded under the name of one already here is not let replace it (see replacePhoto.ts).
const ask = window.confirm.bind(window);
window.confirm = (question?: string) => {
  const name = replacedName(String(question ?? ''));
  if (name === undefined) return ask(question);
  window.alert(keptPhotoMessage(name));
  return false;
};

/** The site's settings the page gives (see adminPage.ts). */
const meta = (name: string) =>
  document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? undefined;
const SITE = {
  timeZone: meta(SITE_META.timeZone) ?? 'UTC',
  lang: meta(SITE_META.lang) ?? DEFAULT_LANG,
  localFolder: meta(SITE_META.localFolder) === 'yes',
  sections: sectionsOf(meta(SITE_META.sections)),
};

CMS.registerLocale(CMS_LOCALE, cmsPhrases(SITE.localFolder));

/** The words of a story's language (its `lang`, else the site's), as its page prints them. */
function wordsOf(lang: unknown): { words: Strings; style: DateStyle; lang: string } {
  const chosen = (typeof lang === 'string' && languageOf(lang)) || languageOf(SITE.lang) || 'en';
  return { words: STRINGS[chosen], style: dateStyle(chosen, STRINGS[chosen]), lang: chosen };
}

/**
 * A date as the story's page shows it, in the site's zone, in `style`; one after `earlier` (an
 * update) by its time alone on the same day; else as written.
 */
function shownDate(value: unknown, style: DateStyle, earlier?: unknown): string {
  if (typeof value !== 'string') return '';
  const parsed = parseDateValue(value);
  if (!parsed.ok) return value;
  const before = typeof earlier === 'string' ? parseDateValue(earlier) : undefined;
  return before?.ok
    ? formatAfter(parsed.value, before.value, SITE.timeZone, style).text
    : formatDate(parsed.value, SITE.timeZone, style).text;
}

/**
 * Why a save did not happen, shown in Decap's notice after "Not saved." as it is: an Error's
 * name would come first ("Error: …").
 */
class NotSaved extends Error {
  override name = '';
}

/**
 * The site's profiles, whose names the Authors box can show, and which the checks before a save
 * hold bylines against: read before the CMS starts (Decap keeps each story as first read, so a
 * profile saved since moves its name from the other names' box once the CMS is reloaded). A name
 * missing from them goes in that box, not lost.
 */
let profiles: CmsProfile[] = [];
let profileNames: ReadonlySet<string> = new Set();
async function readProfiles(): Promise<void> {
  profiles = await fetch('profiles.json', { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<CmsProfile[]>) : []))
    .catch(() => []);
  profileNames = new Set(profiles.map((profile) => profile.name));
}

CMS.registerCustomFormat(MARKDOWN_FORMAT, 'md', {
  fromFile: (text) => readMarkdownFile(text, profileNames),
  toFile: writeMarkdownFile,
});

/** The YAML a file held when the CMS read it; undefined for a new one. */
function sourceOf(data: Record<string, unknown>): string | undefined {
  const source = data[SOURCE_MARK];
  return typeof source === 'string' ? source : undefined;
}

/** The settings as the file holds them: the form's data without what the format added. */
function settingsFields(data: Record<string, unknown>): Record<string, unknown> {
  const { [SOURCE_MARK]: _source, ...fields } = data;
  return fields;
}

CMS.registerCustomFormat(SETTINGS_FORMAT, 'yaml', {
  fromFile(text) {
    const fields = (parse(text, { schema: 'core' }) ?? {}) as Record<string, unknown>;
    return { ...fields, [SOURCE_MARK]: text };
  },
  toFile(data) {
    return keptYaml(sourceOf(data), settingsFields(data));
  },
});

/** The stories this site has, to check slugs against; asked at each save, so a new story counts. */
function stories(): Promise<KnownStory[]> {
  return fetch('stories.json', { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<KnownStory[]>) : []))
    .catch(() => []);
}

/**
 * The photos uploaded with an entry and not saved yet, each tried in the browser's decoder, with
 * the label of the field that uses it (`used`, by file name).
 */
async function pendingUploads(entry: ImmutableMap, used: ReadonlyMap<string, string>) {
  const media = entry.get('mediaFiles') as { toJS?: () => unknown } | undefined;
  const files = (media?.toJS?.() ?? []) as { draft?: boolean; file?: unknown; path?: string }[];
  const uploads: Upload[] = [];
  for (const { draft, file, path } of files) {
    if (!draft || !(file instanceof Blob) || typeof path !== 'string') continue;
    const name = path.split('/').pop() ?? '';
    let opens: boolean | undefined;
    if (BROWSER_PHOTOS.test(name) && file.size <= UPLOAD_LIMIT) {
      opens = await createImageBitmap(file).then(
        (bitmap) => (bitmap.close(), true),
        () => false,
      );
    }
    uploads.push({ name, size: file.size, opens, usedBy: used.get(name) });
  }
  return uploads;
}

const SCHEMAS = {
  articles: frontmatterSchema,
  authors: authorFrontmatterSchema,
  site: siteFileSchema,
};

CMS.registerEventListener({
  name: 'preSave',
  async handler({ entry }) {
    const collection = entry.get('collection') as keyof typeof SCHEMAS;
    const schema = SCHEMAS[collection];
    if (!schema) return undefined;
    const entered = entry.get('data') as ImmutableMap;
    // A setting the editor cleared is not written as "": the file leaves it out, unset.
    const blanks = collection === 'site' ? blankFields(entered.toJS()) : [];
    const data = blanks.reduce((kept, key) => kept.delete(key), entered);
    const fields = collection === 'site' ? settingsFields(data.toJS()) : fileFields(data.toJS());
    const path = (entry.get('path') as string | undefined) || undefined;
    const isNew = entry.get('newRecord') === true;
    const filedAs = path ? undefined : decapSlug(String(fields.title ?? ''));
    const fileSlug = path ? slugFromPath(path) : slugFromFileName(filedAs ?? '');
    const known = collection === 'articles' ? await stories() : [];
    const place = {
      ...{ collection, path, fileSlug, stories: known, timeZone: SITE.timeZone },
      filedOn: filingDay(fields.date),
      filedAs,
    };
    const named = formLabels(schema);
    const problems = checkEntry(schema, fields, place, named);
    // A date box read as empty while it shows a date the editor typed: saved, it would be lost.
    problems.unshift(
      ...unrealDateBoxes(document).map((box) => `${fieldNameOf(box)}: ${UNREAL_DATE}`),
    );
    // The body as the build renders it: a photo with no alt text stops the build.
    const body = data.get('body');
    let bodyWarnings: string[] = [];
    if (collection !== 'site' && typeof body === 'string') {
      const example =
        collection === 'authors' ? `A portrait of ${String(fields.name ?? '')}` : NO_ALT_EXAMPLE;
      const lang = typeof fields.lang === 'string' ? fields.lang : SITE.lang;
      const holder = collection === 'authors' ? BIO : STORY;
      const told = await bodyVerdict(body, path ?? `${collection}.md`, lang, example, holder);
      problems.push(...told.refusals.map((line) => `${BODY_LABELS[collection]}: ${line}`));
      bodyWarnings = told.warnings.map((line) => `${BODY_LABELS[collection]}: ${line}`);
    }
    // Photos uploaded with it: one the build cannot read, or too large to send, is refused here.
    if (collection !== 'site') {
      const photo = collection === 'articles' ? fields.image : fields.photo;
      const photoPath = collection === 'articles' ? 'image' : 'photo';
      const used = usedPhotos(
        [{ src: (photo as { src?: unknown } | undefined)?.src, label: named(photoPath) }],
        { text: body, label: BODY_LABELS[collection] },
      );
      problems.push(...uploadRefusals(await pendingUploads(entry, used)));
    }
    // A story going out with nothing written would be a headline on an empty page.
    if (collection === 'articles' && fields.draft !== true && isBlankMarkdown(String(body ?? ''))) {
      const where = `in ${BODY_LABELS.articles}`;
      const hold = `${named('draft')} ticked`;
      problems.push(`${BODY_LABELS.articles}: ${emptyBodyMessage(true, where, hold)}`);
    }
    const filing = collection === 'articles' ? [filingProblem(place, named) ?? []].flat() : [];
    // The build's words, in a dialog that stays until it is read (Decap's notice goes after
    // 8 seconds); the form is kept as it is.
    if (problems.length || filing.length) {
      window.alert(refusalMessage(problems, filing));
      throw new NotSaved(oneNotice([...problems, ...filing], 'problem'));
    }
    // What the build would publish with a warning is the editor's call, asked before it is saved.
    const warnings =
      collection === 'articles'
        ? [
            ...entryWarnings(fields, Date.now(), named, fileSlug),
            ...[copyWarning(fields, known, { path, timeZone: SITE.timeZone, lang: SITE.lang })]
              .filter((line) => line !== undefined)
              .map((line) => `${named('title')}: ${line}`),
            ...splitTopics(
              listOf(sourceFields(data.get(SOURCE_MARK)).tags),
              listOf(fields.tags),
            ).map((line) => `${named('tags')}: ${line}`),
            // Each is of a name that is no profile's as written: in the box of such names.
            ...bylineWarnings(fields.author, profiles).map(
              (line) => `${OTHER_NAMES_LABEL}: ${line}`,
            ),
            // A draft may wait for its story; one going out is asked about, as the build warns.
            ...(fields.draft === true || typeof body !== 'string'
              ? []
              : [
                  ...writtenBodyWarnings(body, fields.title).map(
                    ({ message }) => `${BODY_LABELS.articles}: ${message}`,
                  ),
                  // What the build removes or doubts in the body: `<script>`, `www.` with no scheme.
                  ...bodyWarnings,
                ]),
          ]
        : [];
    if (warnings.length && !window.confirm(warningsQuestion(warnings))) {
      throw new NotSaved(`Kept open to fix first: ${oneNotice(warnings, 'warning')}`);
    }
    if (collection === 'site') return blanks.length ? data : undefined;
    if (collection !== 'articles' || isNew || !path) return undefined;
    const source = data.get(SOURCE_MARK);
    const held = addedAliases.get(path);
    const form = Array.isArray(fields.aliases) ? (fields.aliases as string[]) : [];
    // Still the form as read before the last save: what that save added is kept.
    const carried =
      held && held.source === source ? held.aliases.filter((a) => !form.includes(a)) : [];
    const kept = carried.length ? { ...fields, aliases: [...form, ...carried] } : fields;
    const aliases =
      withAliases(kept, { path, fileSlug, stories: known }) ??
      (carried.length ? (kept.aliases as string[]) : undefined);
    if (!aliases) return undefined;
    addedAliases.set(path, { source, aliases });
    return data.set('aliases', aliases);
  },
});

// A story saved is named as the build will name it, for its View Live link.
CMS.registerEventListener({
  name: 'postSave',
  handler({ entry }) {
    const collection = entry.get('collection');
    const path = entry.get('path');
    if (collection !== 'articles' || typeof path !== 'string') return undefined;
    const slug = entry.getIn(['data', 'slug']);
    savedPages.set(path, storySlug(typeof slug === 'string' && slug ? slug : undefined, path));
    leadViewLive(document);
    return undefined;
  },
});

/** The stories by file and slug, for the View Live link (see viewLive.ts). */
let livePages: NamedStory[] = [];
/** The slugs of the stories saved since the CMS opened, by file: the list read may predate them. */
const savedPages = new Map<string, string>();

/** The stories as the build names them, read again as a story opens. */
async function readLivePages(): Promise<void> {
  livePages = await stories();
  leadViewLive(document);
}
window.addEventListener('hashchange', () => void readLivePages());

/**
 * Whether a story, profile or the settings were saved since the CMS was loaded. Decap draws a
 * list from the entries it read when the list first opened, and a save does not change them (its
 * entries reducer ignores a saved entry): the list showed the old headline until a reload.
 */
let savedSinceLoad = false;
CMS.registerEventListener({
  name: 'postSave',
  handler() {
    savedSinceLoad = true;
    return undefined;
  },
});
// A list opened after a save is read again from the files, as a reload does: it is one.
window.addEventListener('hashchange', () => {
  if (savedSinceLoad && isListRoute(window.location.hash)) window.location.reload();
});

/** The story open's View Live link, led to the page the build made of it. */
function leadViewLive(root: ParentNode): void {
  const open = editedEntry(location.hash);
  if (open?.collection !== 'articles') return;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[target="_blank"][href]')) {
    const saved = [...savedPages].map(([file, slug]) => ({ file, slug }));
    const href = liveLink(link.href, open.entry, [...saved, ...livePages]);
    if (href) link.href = href;
  }
}

/**
 * The day whose year and month Decap files a new story under (`YYYY-MM-DD`): its date, read as
 * Decap reads it (dayjs: a bare day on the editor's clock) and taken in UTC, else today's.
 */
function filingDay(date: unknown): string {
  const text = typeof date === 'string' ? date.trim() : '';
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const when = day ? new Date(+day[1]!, +day[2]! - 1, +day[3]!) : new Date(text || Date.now());
  return (Number.isNaN(when.getTime()) ? new Date() : when).toISOString().slice(0, 10);
}

/** The fields of the file as it was read (its text, `source`), before the form's changes. */
function sourceFields(source: unknown): Record<string, unknown> {
  return typeof source === 'string' ? readMarkdownFile(source) : {};
}

/** A list field's entries, or none. */
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The aliases a save added to a file, by its path, with the text the form was read from: Decap
 * keeps the form as the editor left it after a save, without them, until the file is read again.
 */
const addedAliases = new Map<string, { source: unknown; aliases: string[] }>();

CMS.registerPreviewStyle('preview.css');

/** What Decap hands a preview: the entry, a field's rendered widget, a photo's URL. */
interface PreviewProps {
  entry: ImmutableMap;
  widgetFor: (name: string, fields?: unknown, values?: unknown, metadata?: unknown) => unknown;
  getAsset: GetAsset;
  fieldsMetaData: ImmutableMap;
  isLoadingAsset?: boolean;
}

/** The entry each preview shows, by the `getAsset` Decap hands it and its body's photos. */
const previewedPaths = new WeakMap<GetAsset, string | undefined>();

/**
 * The URL a preview shows photo `src` of the entry at `path` by: read from its own path, else
 * (a new story, a photo not saved yet) Decap's; undefined while it is being read.
 */
function photoSrc(path: string | undefined, src: string, getAsset: GetAsset): string | undefined {
  const at = path === undefined ? undefined : photoPath(path, src);
  const url = at === undefined ? null : photos.url(at);
  return url === undefined ? undefined : (url ?? String(getAsset(src)));
}

// The body's photos (Decap's `image` component draws `![alt](src)` in the preview) read as the
// lead photo's are. Decap keeps the rest of the component: the editor's and the file's markdown.
const decapImage = CMS.getEditorComponents().get('image');
if (decapImage) {
  CMS.registerEditorComponent({
    ...decapImage,
    toPreview(data, getAsset, fields) {
      if (!previewedPaths.has(getAsset) || !data.image)
        return decapImage.toPreview(data, getAsset, fields);
      const src = photoSrc(previewedPaths.get(getAsset), data.image, getAsset);
      return h('img', {
        ...(src ? { src } : {}),
        alt: data.alt ?? '',
        ...(data.title ? { title: data.title } : {}),
      });
    },
  });
}

/**
 * The form's metadata with the body's marked by the photos read: Decap draws a field's preview
 * again only when its value or metadata changes (its PreviewHOC), so a body drawn before its
 * photos arrived would keep showing none.
 */
const bodyMetadata = new WeakMap<ImmutableMap, { mark: string; metadata: ImmutableMap }>();
function withPhotosMark(metadata: ImmutableMap, loading: unknown): ImmutableMap {
  const mark = `${photos.arrived} ${loading === true}`;
  const kept = bodyMetadata.get(metadata);
  if (kept?.mark === mark) return kept.metadata;
  const marked = metadata.setIn(['body', 'datelinePhotos'], mark);
  bodyMetadata.set(metadata, { mark, metadata: marked });
  return marked;
}

/** What a preview needs to be drawn again as its photos arrive. */
const redrawnAsPhotosArrive = {
  componentDidMount(this: { stop?: () => void; forceUpdate: () => void }) {
    this.stop = photos.listen(() => this.forceUpdate());
  },
  componentWillUnmount(this: { stop?: () => void }) {
    this.stop?.();
  },
};

/** The body of the entry previewed, its photos read from beside it (see previewPhotos.ts). */
function bodyOf(props: PreviewProps): unknown {
  const path = (props.entry.get('path') as string | undefined) || undefined;
  previewedPaths.set(props.getAsset, path);
  return props.widgetFor(
    'body',
    undefined,
    undefined,
    withPhotosMark(props.fieldsMetaData, props.isLoadingAsset),
  );
}

/** The body's quotes kept curled, one preview at a time (Decap draws one). */
const keepQuotesCurled = curledBody();

/**
 * The story as its page shows it: the page's own elements and classes, in its own styles
 * (global.css and story.css, which /admin/preview.css sends), so that the preview is the page.
 */
const ArticlePreview = createClass({
  ...redrawnAsPhotosArrive,
  render(this: { props: PreviewProps }) {
    const { entry, getAsset } = this.props;
    const data = (entry.get('data') as ImmutableMap).toJS() as Record<string, unknown>;
    const image = (data.image ?? {}) as Record<string, string | undefined>;
    // The byline as it is saved: the Authors box's names and the others', in the file's order.
    const authors = namesOf(fileFields(data).author);
    const tags = ((data.tags ?? []) as string[]).filter(Boolean);
    const corrections = ((data.corrections ?? []) as { date?: string; text?: string }[]).filter(
      (c) => c.text,
    );
    const { words, style, lang } = wordsOf(data.lang);
    const body = String(data.body ?? '');
    const minutes = readingMinutes(body);
    // The editor's kicker, else the story's first section among its tags, else its first tag.
    const kicker =
      (typeof data.kicker === 'string' && data.kicker.trim()) ||
      kickerOf(tags, SITE.sections, (a, b) => topicKey(a) === topicKey(b));
    const standingLine = standingNow(data);
    // Each role under the byline, as the page says it: with the name when the byline has several.
    const roles = authors.flatMap((name) => {
      const role = profiles.find((profile) => profile.name === name)?.role;
      return role ? [authors.length > 1 ? `${name}, ${role}` : role] : [];
    });
    // "Updated" with the later of `updated` and the newest correction, as the page says it; a
    // date still being typed is left out.
    const real = (date: unknown): date is string =>
      typeof date === 'string' && parseDateValue(date).ok;
    const changed = real(data.date)
      ? lastChange(
          {
            date: data.date,
            updated: real(data.updated) ? data.updated : undefined,
            corrections: corrections.flatMap((c) => (real(c.date) ? [{ date: c.date }] : [])),
          },
          SITE.timeZone,
        )
      : undefined;
    return h(
      'article',
      { className: 'preview story' },
      h(
        'header',
        { className: 'story-head' },
        standingLine ? h('p', { className: 'standing' }, standingLine) : null,
        kicker ? h('p', { className: 'kicker' }, h('span', { dir: 'auto' }, kicker)) : null,
        h('h1', { className: 'headline', dir: 'auto' }, String(data.title ?? '')),
        // Under the headline only where the page shows it: a summary that is not how the story begins.
        typeof data.summary === 'string' && isStandfirst(data.summary, firstParagraphOf(body))
          ? h('p', { className: 'standfirst', dir: 'auto' }, data.summary)
          : null,
        authors.length || data.source
          ? h(
              'div',
              { className: 'byline-block' },
              h(
                'div',
                { className: 'credits' },
                h(
                  'p',
                  { className: 'byline' },
                  ...byline(
                    authors.map((name) => ({ name })),
                    typeof data.source === 'string' ? data.source : undefined,
                    words,
                  ).map((part) =>
                    part.name ? h('span', { className: 'name' }, part.text) : part.text,
                  ),
                ),
                roles.length
                  ? h(
                      'p',
                      { className: 'roles label' },
                      ...roles.map((role) => h('span', { className: 'phrase' }, role)),
                    )
                  : null,
              ),
            )
          : null,
        h(
          'p',
          { className: 'dateline label' },
          // No date yet, no phrase: its dot would stand before the reading time.
          shownDate(data.date, style)
            ? h('span', { className: 'phrase' }, h('time', null, shownDate(data.date, style)))
            : null,
          minutes > 0
            ? h(
                'span',
                { className: 'phrase reading-time' },
                words.minRead(new Intl.NumberFormat(lang).format(minutes)),
              )
            : null,
          changed
            ? h(
                'span',
                { className: 'phrase updated' },
                `${words.updated} ${shownDate(changed, style, data.date)}`,
              )
            : null,
          corrections.length
            ? h(
                'a',
                { className: 'phrase corrected', href: '#corrections-heading' },
                words.corrected,
              )
            : null,
        ),
      ),
      image.src
        ? h(
            'figure',
            { className: 'lead-image' },
            h('img', {
              src: photoSrc(entry.get('path') as string | undefined, image.src, getAsset),
              alt: image.alt ?? '',
            }),
            image.caption || image.credit
              ? h(
                  'figcaption',
                  null,
                  image.caption ?? '',
                  image.credit ? h('small', { className: 'credit' }, image.credit) : null,
                )
              : null,
          )
        : null,
      h(
        'div',
        {
          className: 'body',
          dir: 'auto',
          // Curled as the page's, in a language that curls them (see previewQuotes.ts).
          ...(words.curlyQuotes && { ref: keepQuotesCurled }),
        },
        bodyOf(this.props),
      ),
      corrections.length
        ? h(
            'aside',
            { className: 'corrections' },
            h('h2', { id: 'corrections-heading' }, words.corrections),
            ...corrections.map((c) =>
              h(
                'p',
                null,
                c.date
                  ? h('strong', null, `${words.correction}${shownDate(c.date, style)}:`)
                  : null,
                c.date ? ' ' : null,
                c.text,
              ),
            ),
          )
        : null,
      tags.length
        ? h(
            'p',
            { className: 'tags' },
            h('span', { className: 'tags-label' }, words.topicsLabel),
            ` ${tags.join(', ')}`,
          )
        : null,
    );
  },
});
CMS.registerPreviewTemplate('articles', ArticlePreview);

/** The story's standing with readers as the preview draws it (Decap says "Published" of a file). */
const standingNow = (data: Record<string, unknown>) => standing(data, Date.now(), SITE.timeZone);

/** A profile as its page shows it: name, role, portrait, bio, links. */
const AuthorPreview = createClass({
  ...redrawnAsPhotosArrive,
  render(this: { props: PreviewProps }) {
    const { entry, getAsset } = this.props;
    const data = (entry.get('data') as ImmutableMap).toJS() as Record<string, unknown>;
    const photo = (data.photo ?? {}) as Record<string, string | undefined>;
    const links = ((data.links ?? []) as string[]).filter(Boolean);
    return h(
      'article',
      { className: 'preview profile' },
      photo.src
        ? h('img', {
            src: photoSrc(entry.get('path') as string | undefined, photo.src, getAsset),
            alt: photo.alt ?? '',
          })
        : null,
      h('h1', { dir: 'auto' }, String(data.name ?? '')),
      data.role ? h('p', { className: 'role' }, String(data.role)) : null,
      h(
        'div',
        {
          className: 'body',
          dir: 'auto',
          ...(wordsOf(undefined).words.curlyQuotes && { ref: keepQuotesCurled }),
        },
        bodyOf(this.props),
      ),
      links.length ? h('p', { className: 'links' }, links.join(' · ')) : null,
    );
  },
});
CMS.registerPreviewTemplate('authors', AuthorPreview);

/**
 * Names and roles Decap's markdown editor leaves out (axe counts them as serious): the editing
 * area has no name, the rich-text/markdown switch neither name nor state, and each toolbar menu
 * is a button inside a button. Repaired as the editor renders.
 */
function repairEditor(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>(
    '[data-slate-editor][role="textbox"]:not([aria-label])',
  )) {
    // Named as its field is labelled: Story, or a profile's Bio.
    let field: HTMLElement | null = box.parentElement;
    while (field && !field.querySelector('label')) field = field.parentElement;
    const label = field?.querySelector('label')?.textContent?.replace(/\s*\(.*\)$/, '');
    box.setAttribute('aria-label', label || 'Text');
  }
  // A yes/no field's switch has an id its label names, and its own state: only the editor's has neither.
  for (const toggle of root.querySelectorAll<HTMLElement>('button[role="switch"]:not([id])')) {
    toggle.setAttribute('aria-label', 'Edit as markdown');
    // The markdown editor's switch says it is on; the rich-text editor's says nothing (off).
    if (!toggle.hasAttribute('aria-checked')) toggle.setAttribute('aria-checked', 'false');
  }
  for (const handle of root.querySelectorAll<HTMLElement>(
    '[role="button"][aria-roledescription="sortable"]:not([aria-label])',
  )) {
    handle.setAttribute('aria-label', 'Move entry');
  }
  // A list entry's bar: a button to fold it, a handle, a button to remove it, each an icon alone.
  for (const button of root.querySelectorAll<HTMLElement>('button:not([aria-label])')) {
    const bar = button.parentElement;
    if (button.textContent?.trim() || !bar || bar.children.length !== 3) continue;
    if (bar.firstElementChild === button) button.setAttribute('aria-label', 'Show or hide entry');
    else if (bar.lastElementChild === button) button.setAttribute('aria-label', 'Remove entry');
  }
  for (const menu of root.querySelectorAll<HTMLElement>(
    'span[role="button"][aria-haspopup="true"]',
  )) {
    const button = menu.querySelector('button');
    if (!button) continue;
    // The inner button is the one control: it says it opens a menu.
    button.setAttribute('aria-haspopup', 'true');
    menu.removeAttribute('role');
    menu.removeAttribute('tabindex');
    menu.removeAttribute('aria-haspopup');
    menu.removeAttribute('aria-expanded');
  }
}
/** Whether `button` is a list's Add button ("Add name", "Add correction"). */
const isAddButton = (button: Element) => /^Add\b/.test(button.textContent?.trim() ?? '');

/** The list field `button` belongs to: the nearest field around it that has an Add button. */
function listFieldOf(button: Element): Element | null {
  let field = button.closest('[aria-label$=" field"]');
  while (field && ![...field.querySelectorAll('button')].some(isAddButton)) {
    field = field.parentElement?.closest('[aria-label$=" field"]') ?? null;
  }
  return field;
}

// A list's Add button leaves the focus on itself (Decap's): a keyboard user's next keys went to
// the button (a space added another entry). The new entry's first box takes it, as a form's does;
// an entry removed hands it to the list's Add button (it fell to the page).
document.addEventListener(
  'click',
  (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    const list = button && listFieldOf(button);
    if (!button || !list) return;
    if (isAddButton(button)) {
      const before = new Set(list.querySelectorAll('input, textarea'));
      setTimeout(() => {
        const boxes = [...list.querySelectorAll<HTMLElement>('input, textarea')];
        boxes.find((box) => !before.has(box))?.focus();
      }, 50);
    } else if (button.getAttribute('aria-label') === 'Remove entry') {
      const add = [...list.querySelectorAll<HTMLElement>('button')].find(isAddButton);
      setTimeout(() => add?.focus(), 50);
    }
  },
  true,
);

watchDateBoxes();

// Decap's Upload is a label made focusable around a hidden file box: a click opens the box, Enter
// and Space did nothing, so a photo could not be added by keyboard.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const upload = event.target instanceof Element ? event.target.closest('label') : null;
  const box = upload?.querySelector<HTMLInputElement>('input[type="file"]');
  if (!box || event.target === box) return;
  event.preventDefault();
  box.click();
});

// Markdown, unless the editor has chosen rich text: Decap's rich text writes a whole body back in
// its own markdown (a `2025\.` becomes a numbered list, a table loses its alignment).
if (localStorage.getItem(MARKDOWN_MODE_KEY) === null)
  localStorage.setItem(MARKDOWN_MODE_KEY, 'raw');

/** Today on the editor's clock, as the list's days are (Decap formats them in the browser's zone). */
function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * Puts `Scheduled: ` before each story in the list dated a later day, as the list's summary puts
 * `Draft: ` (Decap's summary cannot compare a date with today); taken away once it is not. It
 * goes in the summary's own text: the heading lays out its children apart, in a row.
 */
function markScheduled(root: ParentNode): void {
  const today = localToday();
  for (const title of root.querySelectorAll<HTMLElement>(
    'a[href*="/collections/articles/entries/"] h2',
  )) {
    const text = [...title.childNodes].find(
      (node): node is Text => node.nodeType === Node.TEXT_NODE,
    );
    if (!text) continue;
    const marked = text.data.startsWith(SCHEDULED_MARK);
    const summary = marked ? text.data.slice(SCHEDULED_MARK.length) : text.data;
    const scheduled = listedAsScheduled(summary, today);
    if (scheduled !== marked) text.data = scheduled ? SCHEDULED_MARK + summary : summary;
  }
}

// Decap sets a link's address again as it draws the toolbar: each change is led again.
new MutationObserver(() => {
  repairEditor(document);
  leadViewLive(document);
  markScheduled(document);
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['href'],
});

void Promise.all([readProfiles(), readLivePages()]).then(() => CMS.init());
