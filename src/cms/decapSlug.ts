/**
 * The name Decap gives a new story's file and folder from its headline, by the slug settings in
 * config.ts (ASCII, accents cleaned, `-` for the rest): `Mayor’s plan` is `mayor-s-plan`, where
 * the site's own slugs (slugs.ts) make `mayors-plan`. The checks before a first save predict the
 * folder and address with it.
 */

/** A headline as Decap names a new entry's file (decap-cms-core's prepareSlug and sanitizeSlug). */
export function decapSlug(title: string): string {
  const prepared = title.trim().toLocaleLowerCase().replace(/'/g, '').replace(/\./g, '-');
  const plain = prepared.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return [...plain]
    .map((char) => (/^[\w.~-]$/.test(char) ? char : '-'))
    .join('')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
