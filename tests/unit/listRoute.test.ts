import { describe, expect, it } from 'vitest';
import { isListRoute } from '../../src/cms/listRoute.ts';

describe('isListRoute', () => {
  it('is true of a collection list, filtered or grouped, and of search results', () => {
    for (const hash of [
      '#/collections/articles',
      '#/collections/articles/',
      '#/collections/authors',
      '#/collections/articles/filter/draft',
      '#/collections/articles/group/year',
      '#/search/harbour',
      '#/collections/articles/search/harbour',
      '#/collections/articles?sort=date',
    ]) {
      expect(isListRoute(hash), hash).toBe(true);
    }
  });

  it('is false of an entry open, a new entry, the media library and the start', () => {
    for (const hash of [
      '#/collections/articles/entries/2025/04/harbour/index',
      '#/collections/articles/new',
      '#/collections/site/entries/settings',
      '#/media',
      '#/',
      '',
    ]) {
      expect(isListRoute(hash), hash).toBe(false);
    }
  });
});
