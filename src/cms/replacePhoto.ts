/**
 * An upload named as a photo already beside the story or profile. Decap asks whether to replace
 * it, and on yes deletes the old file at once, while the new one is saved only with the entry
 * (decap-cms-core, persistMedia): an editor who then leaves without saving has lost the photo,
 * and the build stops at a missing file. The CMS answers no for the editor and says why.
 */

/** Decap's question before an upload replaces a file of the same name. */
const QUESTION = /^(.+) already exists\. Do you want to replace it\?$/s;

/** The file name Decap's question is about, or undefined for any other question. */
export function replacedName(question: string): string | undefined {
  return QUESTION.exec(question)?.[1];
}

/** What the CMS says instead of replacing `name`: what happened, why, and what to do. */
export function keptPhotoMessage(name: string): string {
  const dot = name.lastIndexOf('.');
  const other = dot > 0 ? `${name.slice(0, dot)}-2${name.slice(dot)}` : `${name}-2`;
  return `Not uploaded: there is a photo named "${name}" here already, and it is kept.\n\nRename the new photo on your computer (e.g. ${other}), then upload it.\n\n(Replacing it here would delete the old photo at once, before the story is saved, and lose it if the story is not saved.)`;
}
