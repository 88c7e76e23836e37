import { describe, expect, it } from 'vitest';
import {
  type CmsField,
  type CmsSite,
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  clockNote,
  cmsConfig,
  cmsPhrases,
  formLabels,
  neededWith,
  OTHER_NAMES,
  SETTINGS_FORMAT,
} from '../../src/cms/config.ts';
import { type SchemaField, schemaFields } from '../../src/cms/schemaFields.ts';
import { frontmatterSchema } from '../../src/content/articleSchema.ts';
import { authorFrontmatterSchema } from '../../src/content/authorSchema.ts';
import { siteFileSchema } from '../../src/content/siteSchema.ts';
import { STRINGS } from '../../src/lib/strings.ts';
import { slugFromFileName } from '../../src/lib/slugs.ts';
import { articlePath, authorPath } from '../../src/lib/urls.ts';

const site: CmsSite = {
  contentDir: 'content',
  settingsFile: 'content/site.yaml',
  sections: ['Politics', 'Economy'],
  languages: Object.keys(STRINGS),
  stories: [{ slug: 'storm-hits-the-coast', title: 'Storm hits the coast' }],
  siteUrl: 'https://news.example.com/',
  timeZone: 'Europe/London',
  backend: { name: 'github', repo: 'owner/news', branch: 'main', workflow: true },
};

interface Collection {
  name: string;
  fields?: CmsField[];
  files?: { fields: CmsField[] }[];
}
const config = cmsConfig(site) as { collections: Collection[] } & Record<string, unknown>;
const fieldsOf = (name: string): CmsField[] => {
  const collection = config.collections.find((c) => c.name === name)!;
  return collection.fields ?? collection.files![0]!.fields;
};

/** Asserts the form has exactly the schema's fields, each with its help text and required-ness. */
function expectSameFields(
  schema: readonly SchemaField[],
  form: readonly CmsField[],
  path = '',
  optionalGroup?: string,
): void {
  expect(
    form.map((f) => f.name),
    `fields of ${path || 'the file'}`,
  ).toEqual(schema.map((f) => f.name));
  schema.forEach((field, i) => {
    const made = form[i]!;
    const where = `${path}${field.name}`;
    // Inside a group that may be left out, the form cannot require it (see neededWith).
    const needed = optionalGroup !== undefined && field.required;
    expect(made.required, `${where} required`).toBe(field.required && !needed);
    const help = needed ? `${neededWith(optionalGroup)} ${field.help}` : field.help;
    // A time is picked on the editor's clock, which the field says.
    const clock =
      where === 'date' || where === 'updated'
        ? ` ${clockNote('Europe/London')}`
        : where === 'corrections.date'
          ? " A day as the site counts them, in Europe/London: on or after the story's."
          : '';
    if (where !== 'tags') expect(made.hint ?? '', `${where} help`).toBe(`${help}${clock}`);
    expect(field.help, `${where} has help text in the schema`).not.toBe('');
    const optional = field.kind === 'group' && !field.required ? made.label : undefined;
    if (field.fields.length)
      expectSameFields(field.fields, made.fields ?? [], `${where}.`, optional);
  });
}

describe('cmsConfig', () => {
  it('gives a story the article schema’s fields field by field, then its body', () => {
    const form = fieldsOf('articles');
    // Its preview is sanitised, whatever Decap's default: a story's HTML never runs there.
    expect(form.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', sanitize_preview: true });
    // The byline's names with no profile have a box of their own, right under the Authors box.
    const other = form.findIndex((f) => f.name === OTHER_NAMES);
    expect(form[other - 1]).toMatchObject({ name: 'author', widget: 'relation' });
    expect(form[other]).toMatchObject({
      label: 'Names without a profile',
      widget: 'list',
      required: false,
      field: { widget: 'string' },
    });
    expectSameFields(
      schemaFields(frontmatterSchema),
      form.slice(0, -1).filter((f) => f.name !== OTHER_NAMES),
    );
  });

  it('gives a profile the author schema’s fields, then its bio', () => {
    const form = fieldsOf('authors');
    expect(form.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', sanitize_preview: true });
    expectSameFields(schemaFields(authorFrontmatterSchema), form.slice(0, -1));
  });

  it('lets a profile be saved without a portrait, and says what a portrait needs', () => {
    const photo = fieldsOf('authors').find((f) => f.name === 'photo')!;
    expect(photo.required).toBe(false);
    expect(photo.fields!.map((f) => [f.label, f.required, f.hint?.split('.')[0]])).toEqual([
      ['Portrait', false, 'Required with a photo'],
      ['Alt text', false, 'Required with a photo'],
    ]);
  });

  it('names a field in its messages by the labels the form shows over it', () => {
    const story = formLabels(frontmatterSchema);
    expect(formLabels(authorFrontmatterSchema)('photo.src')).toBe('Photo › Portrait');
    expect(story('corrections.0.date')).toBe('Corrections › 1st entry › Date');
    expect(story('translationOf')).toBe('Translation of');
    // A list the form shows in one box: its entries go by its label.
    expect(story('tags.1')).toBe('Tags');
    expect(story('author.0')).toBe('Authors');
    // Every field of every form, at any depth: the name ends with the label the form gives it.
    const each = (
      name: (path: string) => string,
      fields: readonly CmsField[],
      path: string,
      shown: string,
    ): void => {
      for (const field of fields) {
        // The body and the box of other names are no front-matter fields: the checks before a
        // save never name them (a byline's names are the Authors', quoted).
        if (field.name === 'body' || field.name === OTHER_NAMES) continue;
        const named = name(`${path}${field.name}`);
        expect(named).toBe(shown ? `${shown} › ${field.label}` : field.label);
        if (field.widget === 'list' && field.fields) {
          each(name, field.fields, `${path}${field.name}.0.`, `${named} › 1st entry`);
        } else if (field.fields) each(name, field.fields, `${path}${field.name}.`, named);
      }
    };
    each(story, fieldsOf('articles'), '', '');
    each(formLabels(authorFrontmatterSchema), fieldsOf('authors'), '', '');
    each(formLabels(siteFileSchema), fieldsOf('site'), '', '');
  });

  it('edits the settings file as one file with the settings schema’s fields', () => {
    expectSameFields(schemaFields(siteFileSchema), fieldsOf('site'));
    const site = config.collections.find((c) => c.name === 'site')!;
    expect(site).toMatchObject({ format: SETTINGS_FORMAT });
    expect(site.files![0]).toMatchObject({ file: 'content/site.yaml' });
  });

  it('writes dates as the build reads them, and offers what the build allows', () => {
    const form = fieldsOf('articles');
    const byName = (name: string) => form.find((f) => f.name === name)!;
    expect(byName('date')).toMatchObject({ widget: 'datetime', format: DATE_TIME_FORMAT });
    expect(byName('corrections').fields![0]).toMatchObject({
      widget: 'datetime',
      format: DATE_FORMAT,
    });
    expect(byName('lang')).toMatchObject({ widget: 'select', options: ['en', 'es', 'ar'] });
    expect(byName('author')).toMatchObject({
      widget: 'relation',
      collection: 'authors',
      value_field: 'name',
      multiple: true,
    });
    expect(byName('translationOf')).toMatchObject({
      widget: 'select',
      options: [
        { label: 'Storm hits the coast (storm-hits-the-coast)', value: 'storm-hits-the-coast' },
      ],
    });
    expect(byName('tags').hint).toContain('Sections first: Politics, Economy');
    expect(byName('image').fields![0]).toMatchObject({ name: 'src', widget: 'image' });
  });

  it('keeps photos beside the story in a folder of its own, and a portrait in the profile’s own', () => {
    expect(config.collections[0]).toMatchObject({
      folder: 'content',
      path: '{{year}}/{{month}}/{{slug}}/{{slug}}',
      media_folder: '',
      public_folder: '',
    });
    expect(config.collections[1]).toMatchObject({
      folder: 'content/authors',
      media_folder: '{{slug}}',
      public_folder: '{{slug}}',
    });
  });

  it('lists stories newest first, each by its headline and day, a draft marked', () => {
    expect(config.collections[0]).toMatchObject({
      summary: "{{draft | ternary('Draft: ', '')}}{{title}} ({{date | date('YYYY-MM-DD')}})",
      sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
    });
  });

  it('links View Live to the page the file makes, as the build names it', () => {
    const live = (collection: Collection & { preview_path?: string }, file: string) =>
      `/${collection.preview_path!.replace('{{filename}}', file.replace(/\.md$/, ''))}`;
    const [stories, profiles] = config.collections as (Collection & { preview_path?: string })[];
    expect(live(stories!, 'harbour-reopens.md')).toBe(
      articlePath(slugFromFileName('harbour-reopens.md'), '/'),
    );
    expect(live(profiles!, 'jane-doe.md')).toBe(authorPath(slugFromFileName('jane-doe.md'), '/'));
  });

  it('saves through GitHub with the editorial workflow, or to the local folder without it', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'owner/news', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBeUndefined();
    const local = cmsConfig({
      ...site,
      backend: { ...site.backend, localUrl: 'http://127.0.0.1:8081/api/v1' },
    });
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.publish_mode).toBeUndefined();
  });
});

describe('cmsPhrases', () => {
  it("says Save, not Publish, in the local folder, where a save publishes nothing, and keeps Decap's on a host", () => {
    const toolbar = (localFolder: boolean) =>
      (cmsPhrases(localFolder).editor as { editorToolbar?: Record<string, string> }).editorToolbar;
    expect(toolbar(true)).toMatchObject({
      publish: 'Save',
      publishNow: 'Save now',
      published: 'Saved',
    });
    expect(toolbar(false)).toBeUndefined();
    // The rest of the phrases are the same in both.
    const { editor: _local, ...rest } = cmsPhrases(true);
    const { editor: _hosted, ...same } = cmsPhrases(false);
    expect(rest).toEqual(same);
    expect(rest).toHaveProperty('ui.toast.onFailToPersist', 'Not saved. %{details}');
  });
});
