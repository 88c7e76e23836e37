import { describe, expect, it } from 'vitest';
import {
  canonicalLang,
  editionBase,
  editionKey,
  editionKeys,
  langProblem,
  languageName,
  makeEdition,
  unusedEditions,
} from '../../src/lib/editions.ts';
import { formatDate, mustParseDate } from '../../src/lib/dates.ts';

describe('editions', () => {
  it('keep the site language at the base and put every other under its primary subtag', () => {
    expect(editionKey('en', 'en')).toBe('');
    expect(editionKey('en-GB', 'en')).toBe('');
    expect(editionKey('es-MX', 'en')).toBe('es');
    expect(editionKey('en', 'ar')).toBe('en');
    expect(editionBase('/', '')).toBe('/');
    expect(editionBase('/news/', 'es')).toBe('/news/es/');
    expect(editionKeys(['es', 'en-GB', 'ar', 'es-MX'], 'en')).toEqual(['', 'ar', 'es']);
  });

  it('accept a BCP 47 tag with a table and name what is wrong with any other', () => {
    expect(canonicalLang('es-mx')).toBe('es-MX');
    expect(langProblem('es-mx')).toBeUndefined();
    expect(langProblem('spanish')).toBe(`"spanish" is a language's name: write its code, es`);
    expect(langProblem('Español')).toBe(`"Español" is a language's name: write its code, es`);
    expect(langProblem('fr')).toBe(
      '"fr" is a language the site has no words for (use one of en (English), es (Spanish), ar (Arabic); a developer adds a language in src/lib/strings.ts)',
    );
    expect(langProblem('e s')).toBe(
      '"e s" is not a language code (use one of en (English), es (Spanish), ar (Arabic))',
    );
  });

  it('carry their words, dates, counts and name in their own language', () => {
    const es = makeEdition('es', 'en', '/news/', { text: 'Noticias.', translated: true });
    expect(es).toMatchObject({ key: 'es', lang: 'es', base: '/news/es/', name: 'español' });
    expect(es.text.topics).toBe('Temas');
    expect(es.countArticles(2)).toBe('2 artículos');
    expect(formatDate(mustParseDate('2025-04-18'), 'UTC', es.dates).text).toBe(
      '18 de abril de 2025',
    );
    const home = makeEdition('', 'ar', '/', { text: 'أخبار.', translated: false });
    expect(home).toMatchObject({ lang: 'ar', base: '/', name: 'العربية' });
    expect(home.text.dir).toBe('rtl');
    expect(languageName('en')).toBe('English');
  });

  it("say in which language their description is: their own, or the site's where it has none", () => {
    const es = makeEdition('es', 'en', '/', { text: 'Noticias.', translated: true });
    expect([es.description, es.descriptionLang]).toEqual(['Noticias.', 'es']);
    const untranslated = makeEdition('es', 'en', '/', { text: 'News.', translated: false });
    expect([untranslated.description, untranslated.descriptionLang]).toEqual(['News.', 'en']);
    const home = makeEdition('', 'en', '/', { text: 'News.', translated: false });
    expect(home.descriptionLang).toBe('en');
  });
});

describe('unusedEditions', () => {
  const where = { file: 'content/site.yaml', lines: [9, 11] };

  it('warns of a language the settings describe that no story is written in, on its line', () => {
    expect(unusedEditions(['es', 'ar'], ['en', 'es-MX'], 'en', where)).toEqual([
      {
        file: 'content/site.yaml',
        line: 11,
        field: 'editions.1.lang',
        message:
          '"ar" is the language of no story, so no edition shows this description (write lang: ar on a story, or correct the language)',
        severity: 'warning',
      },
    ]);
  });

  it('says nothing when every described language has a story', () => {
    expect(unusedEditions(['es'], ['es'], 'en', where)).toEqual([]);
  });
});
