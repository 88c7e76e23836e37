/**
 * The photos stories show from `public/` by a site path (`/images/x.jpg`). The build publishes
 * `public/` byte for byte, whatever the stories that show its files: unlike a photo beside a
 * story, such a photo is neither held back with its story nor made without its camera data.
 * - A photo shown only by stories readers do not see yet (drafts, or held back until their time)
 *   would go out before them: an error on each line that names it. A file only such stories
 *   link to (`/files/report.pdf`) is a warning: it may be out for reasons of its own.
 * - A photo that tells where it was taken (GPS in its EXIF or XMP) goes out with the place: a
 *   warning on the first line that names it.
 * The fix for both is the same: the photo beside the story, which the build holds back and makes.
 */
import sharp from 'sharp';
import { formatRelease } from '../lib/articleStatus.ts';
import { type PhotoMetadata, tellsPlace } from '../lib/photoPlace.ts';
import { isPhotoFile } from '../lib/photoKeys.ts';
import { mayBeSiteFile } from '../lib/siteLinks.ts';
import type { Problem } from '../lib/problems.ts';
import type { Article } from './articleSchema.ts';
import type { Author } from './authorSchema.ts';
import { publicFileOf } from './checks.ts';
import type { StoryOut } from './heldBackPhotos.ts';
import type { ValidArticle } from './validate.ts';

/** A place a story shows a picture by its site path. */
export interface PublicPhotoUse {
  /** The site path as written. */
  src: string;
  file: string;
  line: number | undefined;
  field: 'image.src' | 'body' | 'photo.src';
  /** How the message shows the reference: `"/x.jpg"`, `![…](/x.jpg)` or `<img src="/x.jpg">`. */
  shown: string;
  /** Whose it is: a story's, or a profile's portrait (out with the profile's page). */
  owner?: 'profile' | undefined;
  /** A link to the file (`[…](/files/x.pdf)`), not a picture of it. */
  link?: true | undefined;
}

/**
 * Every lead and body picture of the stories given as a site path, in the order of the files,
 * then the profiles' portraits given so (`photo: src:`).
 */
export function publicPhotoUses(
  valid: readonly ValidArticle[],
  records: readonly Article[],
  authors: readonly Author[] = [],
): PublicPhotoUse[] {
  const isSitePath = (src: string) => src.startsWith('/') && !src.startsWith('//');
  const lead = valid.flatMap((article): PublicPhotoUse[] => {
    const src = article.fields.image?.src;
    if (!src || !isSitePath(src)) return [];
    return [
      { src, file: article.file, line: article.imageLine, field: 'image.src', shown: `"${src}"` },
    ];
  });
  const body = records.flatMap((record) =>
    (record.siteImages ?? []).map((image): PublicPhotoUse => ({
      src: image.src,
      file: record.filePath,
      line: image.line,
      field: 'body',
      shown: image.html ? `<img src="${image.src}">` : `![…](${image.src})`,
    })),
  );
  const portraits = authors.flatMap((author): PublicPhotoUse[] => {
    const src = author.photo?.written;
    if (!src || !isSitePath(src) || author.photo?.photo) return [];
    return [
      {
        src,
        file: author.filePath,
        line: author.photoLine,
        field: 'photo.src',
        shown: `"${src}"`,
        owner: 'profile',
      },
    ];
  });
  // A link to a file readers download (`/files/report.pdf`), not to a page.
  const links = records.flatMap((record) =>
    (record.siteLinks ?? [])
      .filter((link) => mayBeSiteFile(link.href))
      .map((link): PublicPhotoUse => ({
        src: link.href,
        file: record.filePath,
        line: link.line,
        field: 'body',
        shown: `the link "${link.href}"`,
        link: true,
      })),
  );
  return [...lead, ...body, ...portraits, ...links];
}

/** Reads a photo's metadata blocks; one sharp cannot read has none. */
async function readMetadata(file: string): Promise<PhotoMetadata> {
  try {
    const { exif, xmp } = await sharp(file).metadata();
    return { exif, xmp };
  } catch {
    return {};
  }
}

/** The photo beside the story to name in a fix: the file's own name. */
const besideOf = (path: string) => `./${path.split('/').pop()}`;

/**
 * The problems of the photos `uses` show from `publicDir` (see the module's comment): `stories`
 * say when each file's story (or profile's page) is out, `timeZone` is the site's, `read` reads a photo's metadata.
 */
export async function publicPhotoProblems(
  uses: readonly PublicPhotoUse[],
  stories: readonly StoryOut[],
  publicDir: string,
  timeZone: string,
  read: (file: string) => Promise<PhotoMetadata> = readMetadata,
): Promise<Problem[]> {
  const outOf = new Map(stories.map((story) => [story.file, story.out]));
  const byPhoto = new Map<string, PublicPhotoUse[]>();
  for (const use of uses) {
    const photo = publicFileOf(use.src, publicDir);
    // A file that is not there is told already (missingImages); a picture of a file is a photo's.
    if (photo === undefined || (!use.link && !isPhotoFile(photo))) continue;
    byPhoto.set(photo, [...(byPhoto.get(photo) ?? []), use]);
  }
  const problems: Problem[] = [];
  for (const [photo, shownBy] of byPhoto) {
    const name = photo.slice(publicDir.replace(/\/+$/, '').length);
    const soonest = Math.min(...shownBy.map((use) => outOf.get(use.file) ?? -Infinity));
    if (soonest > -Infinity) {
      for (const use of shownBy) {
        const out = outOf.get(use.file) ?? -Infinity;
        const release = (when: number) => formatRelease(when, timeZone);
        const held =
          use.owner === 'profile'
            ? `this profile's page is not out yet: ${out === Infinity ? 'none of its stories is out' : `its first story is held back until ${release(out)}`}`
            : `this story is ${out === Infinity ? 'a draft' : `held back until ${release(out)}`}`;
        const whose = use.owner === 'profile' ? "the profile's page" : 'the story';
        if (use.link) {
          // A file already out for other reasons (a policy, a form) may be linked early: a warning.
          problems.push({
            file: use.file,
            line: use.line,
            field: use.field,
            message: `${use.shown} leads to public${name}, which the build publishes now, as it is, and ${held}: no page out links to it yet (if it is this story's alone, add it to public/ when the story is out)`,
            severity: 'warning',
          });
          continue;
        }
        problems.push({
          file: use.file,
          line: use.line,
          field: use.field,
          message: `${use.shown} is public${name}, which the build publishes now, as it is, and ${held}: no page out shows it yet (move the photo out of public/ to beside the ${use.owner ?? 'story'} and write ${besideOf(name)}: it is published with ${whose})`,
          severity: 'error',
          leaks: true,
        });
      }
    }
    if (isPhotoFile(photo) && tellsPlace(await read(photo))) {
      const first = shownBy[0]!;
      problems.push({
        file: first.file,
        line: first.line,
        field: first.field,
        message: `${first.shown} is public${name}, which tells where it was taken (a GPS position in the file), and public/ is published as it is: readers could download the place (move the photo beside the story and write ${besideOf(name)}: the build makes it without the camera's data)`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
