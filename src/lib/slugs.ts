import slugify from '@sindresorhus/slugify';

/** What a slug may be: lowercase a-z and 0-9 in runs joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `slug` is safe to use as one URL segment. */
export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/** Why `slug` is not valid, or `undefined` when it is. */
export function slugProblem(slug: string): string | undefined {
  if (isValidSlug(slug)) return undefined;
  return `"${slug}" is not a valid slug (use lowercase a-z, 0-9 and single hyphens, e.g. us-troops-leave-syria)`;
}

/** A slug derived from a file name (`Café déjà vu.md` → `cafe-deja-vu`); empty when nothing is left. */
export function slugFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.md$/i, '');
  return slugify(stem, { decamelize: false });
}

/** A slug from any text (a headline), at most `maxLength` characters, cut at a hyphen. */
export function slugFromText(text: string, maxLength: number): string {
  const slug = slugify(text, { decamelize: false });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
