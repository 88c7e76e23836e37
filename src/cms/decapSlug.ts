/**
 * The name Decap gives a new story's file and folder from its headline, by the slug settings in
 * config.ts (ASCII, accents cleaned, `-` for the rest): `Mayor’s plan` is `mayor-s-plan`, where
 * the site's own slugs (slugs.ts) make `mayors-plan`. The checks before a first save predict the
 * folder and address with it.
 */

/**
 * The most characters of a headline a new story's file is named from (config.ts's slug template
 * cuts it, ending it with a hyphen that naming then drops): a name has at most 255 bytes, the
 * file's adds `.md`, and a headline of 300 characters failed to save.
 */
export const NAMED_FROM = 200;

/** The slug template of new stories: their headline, cut as NAMED_FROM says. */
export const STORY_SLUG = `{{slug | truncate(${NAMED_FROM}, '-')}}`;

/**
 * A headline as Decap names a new entry's file (its truncate filter, as STORY_SLUG asks, then
 * decap-cms-core's prepareSlug and sanitizeSlug).
 */
export function decapSlug(title: string): string {
  const chars = [...title];
  const cut = chars.length > NAMED_FROM + 1 ? `${chars.slice(0, NAMED_FROM).join('')}-` : title;
  const prepared = cut.trim().toLocaleLowerCase().replace(/'/g, '').replace(/\./g, '-');
  const plain = prepared.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return [...plain]
    .map((char) => (/^[\w.~-]$/.test(char) ? char : '-'))
    .join('')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
