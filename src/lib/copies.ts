/**
 * When one story looks like a copy of another: the same headline (case and spacing aside), in
 * the same language, on the same calendar day in the site's zone. The build warns of it (see
 * copiedStories in src/content/checks.ts), and the CMS asks before it saves one.
 */

/** The key two stories share when one looks like a copy of the other. */
export function copyKey(title: string, lang: string, day: string): string {
  return JSON.stringify([title.trim().replace(/\s+/g, ' ').toLowerCase(), lang, day]);
}

/** What to say of a story whose headline and day are `original`'s too. */
export function copyMessage(original: string): string {
  return `is the headline of ${original} too, on the same day, so readers see the story twice (a copy? delete one of the two files, or give this story its own headline)`;
}
