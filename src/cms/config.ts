/**
 * The CMS's configuration (Decap CMS's `config.yml`), made from the schemas the build checks
 * files with: every field of an article, a profile and the settings file appears in the form with
 * the schema's help text and required-ness, in the widget its kind of value needs. A field added to
 * a schema appears here without an edit; one whose kind no widget fits stops the build, and
 * tests/unit/cmsConfig.test.ts compares the two field by field.
 */
import type { z } from 'astro/zod';
import { frontmatterSchema } from '../content/articleSchema.ts';
import { authorFrontmatterSchema } from '../content/authorSchema.ts';
import { MAX_ARTICLES_PER_PAGE, MAX_CARD_DAYS, siteFileSchema } from '../content/siteSchema.ts';
import { STORY_PATH } from '../lib/newArticle.ts';
import { ordinal } from '../lib/problems.ts';
import { ARTICLES_FOLDER, AUTHORS_FOLDER } from '../lib/urls.ts';
import { SLUG_PATTERN } from '../lib/slugs.ts';
import { STORY_SLUG } from './decapSlug.ts';
import { TOO_LARGE_PHRASE, UPLOAD_LIMIT } from './uploadChecks.ts';
import { type CmsBackend, usesWorkflow } from './backend.ts';
import { type SchemaField, schemaFields } from './schemaFields.ts';

/** One field of a Decap collection, as its configuration reads. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  fields?: CmsField[];
  [option: string]: unknown;
}

/** A story's slug and headline, for the list of originals a translation can name. */
export interface StoryChoice {
  slug: string;
  title: string;
}

/** What the configuration is made from besides the schemas. */
export interface CmsSite {
  /** The content folder new stories go to, from the repository's root (`content`). */
  contentDir: string;
  /** The settings file, from the repository's root (`content/site.yaml`). */
  settingsFile: string;
  /** The front page's sections: offered first as tags. */
  sections: readonly string[];
  /** The languages the site has words for (`en`, `es`, `ar`). */
  languages: readonly string[];
  /** The stories a translation can name as its original. */
  stories: readonly StoryChoice[];
  /** The public site's URL, for the CMS's link to it. */
  siteUrl: string;
  /** The IANA zone the site shows times in (`Europe/London`). */
  timeZone: string;
  backend: CmsBackend;
}

/** The date-time a story's `date` is written as: a local time with its offset, which the build reads. */
export const DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';
/** A calendar day, as corrections are dated. */
export const DATE_FORMAT = 'YYYY-MM-DD';

/** The field the markdown format adds to a story's data as it reads it, and drops as it writes it. */
export const STORY_MARK = 'dateline_story';

/**
 * The field each format adds to an entry's data as it reads the file: the YAML the file held,
 * so that a save writes back what the form did not change as it was, comments and all.
 */
export const SOURCE_MARK = 'dateline_source';

/**
 * The form's box under Authors for the byline's names with no profile, which Decap's Authors box
 * cannot show: the markdown format fills it as it reads a story and joins it to the Authors as it
 * writes one (see bylineNames.ts).
 */
export const OTHER_NAMES = 'dateline_other_names';

/** The label over that box, which a warning of a name in it names. */
export const OTHER_NAMES_LABEL = 'Names without a profile';

/** The field the markdown format adds to a story's data: the names it read into OTHER_NAMES. */
export const OTHERS_READ = 'dateline_others_read';

/** The custom format both collections of markdown use (registered in src/cms/admin.ts). */
export const MARKDOWN_FORMAT = 'dateline-markdown';

/**
 * The CMS's language: Decap's English, with the phrases below in its place (registered in
 * src/cms/admin.ts); a private-use tag, so plural rules are still English.
 */
export const CMS_LOCALE = 'en-x-dateline';

/**
 * Decap's phrases said otherwise: a save refused (or put off by the editor) is not a failure; a
 * field left empty is marked in the form, which may be scrolled away from it; a delete is for
 * good, photos and all (storyFolder.ts), where holding a story back may be what was meant.
 */
const PHRASES = {
  ui: {
    toast: {
      onFailToPersist: 'Not saved. %{details}',
      missingRequiredField:
        'Not saved: a field that must be filled in is empty, or holds a date that is not a real one. It is marked in red in the form, with the cursor in it.',
    },
  },
  mediaLibrary: {
    mediaLibrary: {
      fileTooLarge: TOO_LARGE_PHRASE,
    },
  },
  collection: {
    collectionTop: {
      // Decap's is a full-width plus (U+FF0B), which fonts without CJK draw as an empty box.
      newButton: 'New %{collectionLabel}',
    },
  },
  editor: {
    editorControlPane: {
      widget: {
        // The pattern's message says what is wrong and what to write (see slugPattern).
        regexPattern: '%{fieldLabel}: %{pattern}.',
      },
    },
    editor: {
      onDeletePublishedEntry:
        'Delete this for good, with the photos only it shows? It leaves the site at the next publish. (A story can be held back instead: turn its Draft on.)',
      onDeleteWithUnsavedChanges:
        'Delete this for good, with the photos only it shows and the changes not saved yet? It leaves the site at the next publish. (A story can be held back instead: turn its Draft on.)',
    },
  },
};

/**
 * In the local folder (`npm run cms`) a save writes the story's file and publishes nothing: Decap's
 * Publish is Save there, and the status after it Saved (a draft, or a story written on a laptop,
 * was shown as "Published"). On a hosted backend a save is a commit, or a pull request merged by
 * Publish, from which the deploy builds the site: Decap's words stand.
 */
const SAVE_PHRASES = {
  publish: 'Save',
  publishNow: 'Save now',
  publishing: 'Saving…',
  published: 'Saved',
  publishAndCreateNew: 'Save and create new',
  publishAndDuplicate: 'Save and duplicate',
};

/** The phrases the CMS registers (see CMS_LOCALE): Publish said as Save in the local folder. */
export function cmsPhrases(localFolder: boolean): Record<string, unknown> {
  if (!localFolder) return PHRASES;
  return { ...PHRASES, editor: { ...PHRASES.editor, editorToolbar: SAVE_PHRASES } };
}

/** The label over each collection's body in the form, by which messages name it. */
export const BODY_LABELS = { articles: 'Story', authors: 'Bio' } as const;

/** The custom format of the site's settings file (registered in src/cms/admin.ts). */
export const SETTINGS_FORMAT = 'dateline-yaml';

/** Labels that are not the field's name in words. */
const LABELS: Record<string, string> = {
  author: 'Authors',
  image: 'Lead photo',
  'image.src': 'Photo',
  'image.alt': 'Alt text',
  'photo.src': 'Portrait',
  'photo.alt': 'Alt text',
  lang: 'Language',
  editions: 'Other languages',
  'editions.lang': 'Language',
  url: 'URL',
  slug: 'Slug',
};

/** A field's name in words: `translationOf` → `Translation of`. */
function labelOf(path: string, name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return LABELS[path] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * How the CMS's messages name a field of `schema`: by the labels an editor sees over it, where the
 * build names keys (`corrections.0.date` → `Corrections › 1st entry › Date`). An entry of a list
 * the form shows in one box (tags) goes by the list's label: the message quotes the entry.
 */
export function formLabels(schema: z.ZodType): (path: string) => string {
  const oneBox = new Set<string>();
  const walk = (fields: readonly SchemaField[], prefix: string): void => {
    for (const field of fields) {
      const path = `${prefix}${field.name}`;
      if (field.kind === 'strings' || field.kind === 'name or names') oneBox.add(path);
      walk(field.fields, `${path}.`);
    }
  };
  walk(schemaFields(schema), '');
  return (path) => {
    const names: string[] = [];
    const words: string[] = [];
    for (const segment of path.split('.')) {
      if (!/^\d+$/.test(segment)) {
        names.push(segment);
        words.push(labelOf(names.join('.'), segment));
      } else if (!oneBox.has(names.join('.'))) {
        words.push(`${ordinal(Number(segment) + 1)} entry`);
      }
    }
    return words.join(' › ');
  };
}

/** Widget options by field path, where the kind alone does not say enough; `help` is the schema's. */
type Widgets = Record<string, (site: CmsSite, help: string) => Record<string, unknown>>;

const photoWidget = () => ({
  widget: 'image',
  choose_url: false,
  // Decap reads a field's limit under `config`: a photo larger is refused as it is chosen.
  media_library: { config: { max_file_size: UPLOAD_LIMIT } },
});
/**
 * A date and time, picked on the editor's clock: said under the field, as an editor abroad
 * schedules a story by the site's clock (an embargo at 09:00 London time).
 */
const dateTime = (site: CmsSite, help: string) => ({
  widget: 'datetime',
  format: DATE_TIME_FORMAT,
  date_format: DATE_FORMAT,
  time_format: 'HH:mm',
  hint: `${help} ${clockNote(site.timeZone)}`.trim(),
});

/** What the date-time fields say of whose clock their time is. */
export function clockNote(timeZone: string): string {
  return `The time is your computer's, saved with its offset from UTC; the site shows it in its own zone, ${timeZone}.`;
}
const slugPattern = [
  SLUG_PATTERN.source,
  'is not a valid slug (use lowercase a-z, 0-9 and single hyphens, e.g. us-troops-leave-syria)',
];

const ARTICLE_WIDGETS: Widgets = {
  date: dateTime,
  updated: (site, help) => ({ ...dateTime(site, help), default: '' }),
  summary: () => ({ widget: 'text' }),
  author: () => ({
    widget: 'relation',
    collection: 'authors',
    search_fields: ['name'],
    value_field: 'name',
    display_fields: ['name'],
    multiple: true,
  }),
  tags: (site) => ({
    hint: `Topics, separated by commas.${site.sections.length ? ` Sections first: ${site.sections.join(', ')}.` : ''}`,
    default: site.sections.length ? [] : undefined,
  }),
  'image.src': photoWidget,
  'image.width': () => ({ value_type: 'int', min: 1 }),
  'image.height': () => ({ value_type: 'int', min: 1 }),
  corrections: () => ({ label_singular: 'correction' }),
  'corrections.date': (site, help) => ({
    widget: 'datetime',
    format: DATE_FORMAT,
    date_format: DATE_FORMAT,
    time_format: false,
    // An evening story in New York is dated the next day in UTC: the day counts where the site is.
    hint: `${help} A day as the site counts them, in ${site.timeZone}: on or after the story's.`,
  }),
  'corrections.text': () => ({ widget: 'text' }),
  draft: () => ({ default: false }),
  featured: () => ({ default: false }),
  lang: (site) => ({ widget: 'select', options: [...site.languages] }),
  translationOf: (site) =>
    site.stories.length
      ? {
          widget: 'select',
          options: site.stories.map((story) => ({
            label: `${story.title} (${story.slug})`,
            value: story.slug,
          })),
        }
      : { pattern: slugPattern },
  slug: () => ({ pattern: slugPattern }),
  aliases: () => ({ allow_add: true }),
};

const AUTHOR_WIDGETS: Widgets = {
  'photo.src': photoWidget,
};

const SETTINGS_WIDGETS: Widgets = {
  description: () => ({ widget: 'text' }),
  editions: () => ({ summary: '{{fields.lang}}', label_singular: 'language' }),
  'editions.lang': (site) => ({ widget: 'select', options: [...site.languages] }),
  'editions.description': () => ({ widget: 'text' }),
  lang: (site) => ({ widget: 'select', options: [...site.languages] }),
  timeZone: () => ({
    widget: 'select',
    options: [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])],
  }),
  articlesPerPage: () => ({ value_type: 'int', min: 1, max: MAX_ARTICLES_PER_PAGE, step: 1 }),
  drawnCardDays: () => ({ value_type: 'int', min: 0, max: MAX_CARD_DAYS, step: 1 }),
};

/** The widget a kind of value gets when the table says nothing more. */
const WIDGET_OF_KIND: Record<SchemaField['kind'], string | undefined> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  strings: 'list',
  group: 'object',
  groups: 'list',
  // A name or a list of names: only a table entry knows which widget (the article's authors).
  'name or names': undefined,
};

/** The form fields of a schema, each with its help, required-ness and widget. */
export function cmsFields(
  schema: z.ZodType,
  widgets: Widgets,
  site: CmsSite,
  prefix = '',
): CmsField[] {
  return schemaFields(schema).map((field) => fieldOf(field, widgets, site, prefix));
}

/**
 * The words before the help of a field the schema requires inside a group it does not: Decap
 * would refuse to save while the whole group is empty (decap-cms#7748), so the form marks the
 * field optional and says when it is not; the check before a save refuses a half-filled group.
 */
export function neededWith(groupLabel: string): string {
  return `Required with a ${groupLabel.toLowerCase()}.`;
}

function fieldOf(
  field: SchemaField,
  widgets: Widgets,
  site: CmsSite,
  prefix: string,
  optionalGroup?: string,
): CmsField {
  const path = `${prefix}${field.name}`;
  const options = widgets[path]?.(site, field.help) ?? {};
  const widget = (options.widget as string | undefined) ?? WIDGET_OF_KIND[field.kind];
  if (!widget) {
    throw new Error(
      `${path}: a ${field.kind} field has no CMS widget (add one in src/cms/config.ts)`,
    );
  }
  const help = (options.hint as string | undefined) ?? field.help;
  const needed = optionalGroup !== undefined && field.required;
  const hint = needed ? `${neededWith(optionalGroup)} ${help}`.trim() : help;
  const label = labelOf(path, field.name);
  const made: CmsField = {
    name: field.name,
    label,
    ...options,
    widget,
    required: field.required && !needed,
    ...(hint ? { hint } : {}),
  };
  for (const key of Object.keys(made)) if (made[key] === undefined) delete made[key];
  if (field.fields.length > 0) {
    const optional = field.kind === 'group' && !field.required ? label : undefined;
    made.fields = field.fields.map((inner) => fieldOf(inner, widgets, site, `${path}.`, optional));
    // A group left empty is left out; one with values is checked (see the preSave check).
    if (field.kind === 'groups') made.collapsed = true;
  }
  return made;
}

/** A story's fields with the box of names with no profile after its Authors (see OTHER_NAMES). */
function withOtherNames(fields: CmsField[]): CmsField[] {
  const box: CmsField = {
    name: OTHER_NAMES,
    label: OTHER_NAMES_LABEL,
    label_singular: 'name',
    widget: 'list',
    required: false,
    // Each name in a box of its own, open: a list of one field folds its entries by default.
    // A name left empty is left out, as a blank entry of the file's list is.
    field: { name: 'name', label: 'Name', widget: 'string', required: false },
    collapsed: false,
    hint: 'Names in the byline with no profile under Authors (a freelance, a guest writer), printed as typed, unlinked. Give a name a profile to pick it above.',
  };
  const at = fields.findIndex((field) => field.name === 'author') + 1;
  return [...fields.slice(0, at), box, ...fields.slice(at)];
}

/** The body of a story or a bio: markdown, with photos stored beside the file. */
function bodyField(label: string, hint: string): CmsField {
  return {
    name: 'body',
    label,
    widget: 'markdown',
    required: false,
    hint,
    modes: ['rich_text', 'raw'],
    // The preview shows a body's own HTML through DOMPurify, as Decap's default is today: said
    // here so a change of default never lets another editor's story run in the editor's page.
    sanitize_preview: true,
  };
}

/** The whole configuration, as Decap CMS reads `config.yml`. */
export function cmsConfig(site: CmsSite): Record<string, unknown> {
  const { backend } = site;
  const content = site.contentDir.replace(/\/+$/, '');
  const media = { media_folder: '', public_folder: '' };
  return {
    ...(backend.localUrl ? { local_backend: { url: backend.localUrl } } : {}),
    backend: {
      name: backend.name,
      ...(backend.repo ? { repo: backend.repo } : {}),
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      squash_merges: true,
      commit_messages: {
        create: 'Create {{collection}} “{{slug}}”',
        update: 'Update {{collection}} “{{slug}}”',
        delete: 'Delete {{collection}} “{{slug}}”',
        uploadMedia: 'Upload “{{path}}”',
        deleteMedia: 'Delete “{{path}}”',
      },
    },
    ...(usesWorkflow(backend) ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: site.siteUrl,
    display_url: site.siteUrl,
    locale: CMS_LOCALE,
    // Photos live beside the story or profile that shows them (each collection says so); this
    // folder is Decap's required fallback and is never written to.
    media_folder: 'public/images',
    public_folder: '/images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: 'Stories',
        label_singular: 'Story',
        description: 'Stories, one markdown file each, in a folder of their own with their photos.',
        folder: content,
        create: true,
        extension: 'md',
        format: MARKDOWN_FORMAT,
        // content/2026/05/storm-hits-the-coast/storm-hits-the-coast.md: the file name is the
        // slug, the folder holds its photos (Decap's year and month: of the story's date, in UTC).
        path: STORY_PATH,
        slug: STORY_SLUG,
        // Profiles are markdown files below the content folder too: the format marks stories.
        filter: { field: STORY_MARK, value: true },
        // Each story by its day, as files write it (a date-time as written is hard to read); a
        // draft says so first: Decap's own status of every saved file is "Published".
        summary: "{{draft | ternary('Draft: ', '')}}{{title}} ({{date | date('YYYY-MM-DD')}})",
        // View Live: a story's page is named by its file, or by its slug: which, if set later,
        // keeps the file's name as an alias, so the link still leads to the page.
        preview_path: `${ARTICLES_FOLDER}/{{filename}}/`,
        // Newest first, as a newsroom reads its list, until the editor sorts it otherwise.
        sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
        view_groups: [{ label: 'Year', field: 'date', pattern: '\\d{4}' }],
        ...media,
        fields: [
          ...withOtherNames(cmsFields(frontmatterSchema, ARTICLE_WIDGETS, site)),
          bodyField(
            BODY_LABELS.articles,
            'The story in markdown. Photos you add are stored beside it. Rich Text rewrites all of a story’s markdown in its own way when it saves: keep to Markdown for a story written by hand.',
          ),
        ],
      },
      {
        name: 'authors',
        label: 'Authors',
        label_singular: 'Author',
        description: 'Author profiles: a byline with the same name links to the profile.',
        folder: `${content}/authors`,
        create: true,
        extension: 'md',
        format: MARKDOWN_FORMAT,
        identifier_field: 'name',
        slug: '{{name}}',
        summary: '{{name}}',
        // View Live: a profile's page is named by its file.
        preview_path: `${AUTHORS_FOLDER}/{{filename}}/`,
        // Each profile's portrait in a folder of its own beside it (authors/jane-doe/portrait.jpg):
        // in one shared folder, an upload named as another's portrait replaced it.
        media_folder: '{{slug}}',
        public_folder: '{{slug}}',
        fields: [
          ...cmsFields(authorFrontmatterSchema, AUTHOR_WIDGETS, site),
          bodyField(BODY_LABELS.authors, 'A few sentences about them, in markdown.'),
        ],
      },
      {
        name: 'site',
        label: 'Site settings',
        // Decap reads a format from the collection, not from a file of it.
        format: SETTINGS_FORMAT,
        editor: { preview: false },
        files: [
          {
            name: 'settings',
            label: 'Site settings',
            file: site.settingsFile,
            fields: cmsFields(siteFileSchema, SETTINGS_WIDGETS, site),
          },
        ],
      },
    ],
  };
}
