/**
 * The notes the body plugins make (markdown/), as warnings naming each on its line: what the
 * sanitiser took out, pictures loaded from other sites, a body that shows nothing, prose markdown
 * reads otherwise, links printed as typed, notes for the desk. The story still publishes, made
 * safe, but an embed an editor pasted is never lost unnoticed.
 */
import { vagueAltMessage } from '../lib/altText.ts';
import { isPhotoFile } from '../lib/photoKeys.ts';
import { countOf } from '../lib/plural.ts';
import type { Problem } from '../lib/problems.ts';
import type { Article } from './articleSchema.ts';
import type { ProseSlip, UnmadeLink } from './markdown/data.ts';
import { sanitizeSchema } from './markdown/sanitizeSchema.ts';

/** How the messages name what holds the body: a story, or an author profile's bio. */
export interface BodyHolder {
  /** `a story`: what cannot run script. */
  a: string;
  /** `the story`: what a photo is put beside. */
  the: string;
  /** `the story`: what is written below the front matter. */
  text: string;
  /** `this story`: where more elements lost the same attribute. */
  this: string;
  /** What is kept of HTML: `stories keep only plain story markup`. */
  keeps: string;
}

/** A story's words (the default). */
export const STORY: BodyHolder = {
  a: 'a story',
  the: 'the story',
  text: 'the story',
  this: 'this story',
  keeps: 'stories keep only plain story markup',
};

/** An author profile's words: its body is the bio, its photos beside the profile. */
export const BIO: BodyHolder = {
  a: 'a bio',
  the: 'the profile',
  text: 'the bio',
  this: 'this bio',
  keeps: 'a bio keeps only plain markup',
};

const EMBED = () =>
  'embeds do not run on this site (link to the video instead: [Watch the video](https://…))';
const SCRIPT = (holder: BodyHolder) =>
  `${holder.a} cannot run script or carry its own styles (link to where it runs instead: [See the live results](https://…))`;
const HANDLER = (holder: BodyHolder) =>
  `${holder.a} cannot run script (link to where it runs instead: [See the live results](https://…))`;
const FORM = (holder: BodyHolder) =>
  `${holder.a} cannot hold a form (link to the form instead: [Fill in the form](https://…))`;
const DRAWING = (holder: BodyHolder) =>
  `drawings and formulas written as markup are not shown (put a picture of it beside ${holder.the}: ![…](./chart.png))`;
const SIZES = (holder: BodyHolder) =>
  `the site makes each photo's sizes itself, and a <source> could load pictures from another site (write the photo alone, beside ${holder.the}: ![…](./photo.jpg))`;

/** A note as a record carries it (see markdown/data.ts), its line in the file. */
type BodyNote = NonNullable<Article['bodyNotes']>[number];

/** Why an element an editor is likely to paste is removed, and what to do instead. */
const REASONS: Readonly<Record<string, (holder: BodyHolder) => string>> = {
  iframe: EMBED,
  embed: EMBED,
  object: EMBED,
  video: EMBED,
  audio: EMBED,
  frame: EMBED,
  frameset: EMBED,
  script: SCRIPT,
  noscript: SCRIPT,
  style: SCRIPT,
  link: SCRIPT,
  form: FORM,
  input: FORM,
  button: FORM,
  select: FORM,
  textarea: FORM,
  svg: DRAWING,
  math: DRAWING,
  canvas: DRAWING,
  picture: SIZES,
  source: SIZES,
};

/** The schemes an address of `attribute` may have, as the sanitiser's schema lists them. */
const schemes = (attribute: string) =>
  (sanitizeSchema.protocols?.[attribute] ?? []).map((protocol) => `${protocol}:`).join(', ');

/** A photo beside the story to suggest in place of `src`: its own file name, when it has one. */
function besideName(src: string): string {
  const name = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return `./${isPhotoFile(name) ? name : 'photo.jpg'}`;
}

/** The picture as the editor wrote it, `![…](src)` or `<img src="…">`. */
const shown = (src: string, html: boolean) => (html ? `<img src="${src}">` : `![…](${src})`);

/** The photo beside the story to write instead of `src`, in the same way (with its alt text). */
const instead = (src: string, html: boolean) =>
  html ? `<img src="${besideName(src)}" alt="…">` : `![…](${besideName(src)})`;

/** What to tell the editor of one note, in a story's words or (`BIO`) a profile's. */
export function noteMessage(note: BodyNote, holder: BodyHolder = STORY): string {
  if (note.kind === 'element') {
    // `<insert quote from mayor>`: a note for the desk that HTML reads as a tag, words and all.
    if (note.words) {
      return `${note.words} reads as an HTML tag, so it is removed and none of its words are shown: a note for the desk? (write what belongs there, or delete it; to show the brackets, write \\${note.words})`;
    }
    const tag = `<${note.tag}>`;
    if (note.within) {
      const inside = note.within.map((name) => `<${name}>`).join(' or ');
      return `${tag} is removed: it is kept only inside ${inside} (put it in one, or write it in markdown)`;
    }
    const reason = REASONS[note.tag];
    if (reason) return `${tag} is removed: ${reason(holder)}`;
    return note.whole
      ? `${tag} is removed with everything in it: ${holder.keeps} (write it in markdown)`
      : `${tag} is removed, its text kept: ${holder.keeps} (write it in markdown, or leave it out)`;
  }
  if (note.kind === 'hidden') return hiddenMessage(note, holder);
  if (note.kind === 'address') {
    if (note.unquoted) {
      const what = note.tag === 'img' ? "the image's address" : "the link's address";
      return `${what} is in quotes, which are read as part of it, so it is removed (write it without them: ${note.tag === 'img' ? '![…]' : '[…]'}(${note.unquoted}))`;
    }
    return note.tag === 'img'
      ? `the image's address is removed, so it shows nothing (${note.scheme}…: only ${schemes('src')} and relative addresses are kept; put the photo beside ${holder.the} instead: ![…](./photo.jpg))`
      : `the link's address is removed (${note.scheme}…: only ${schemes('href')} and relative addresses are kept; link to a page instead, or remove the link)`;
  }
  if (note.kind === 'footnote') {
    const mark = `[^${note.label}]`;
    return note.mark
      ? `${mark} has no footnote, so it prints as typed (add one below the text: ${mark}: The note., or delete the mark)`
      : `the footnote ${mark}: is named by no mark in the text, so it is left out (put ${mark} where it belongs, or delete the footnote)`;
  }
  if (note.kind === 'empty heading') {
    const marks = '#'.repeat(Number(note.tag.slice(1)) || 2);
    // `#` and `##` are the page's second-level headings, which a long read's contents lists.
    const listed =
      note.tag === 'h1' || note.tag === 'h2' ? ' and a blank line in the contents' : '';
    return `a heading with no words (${marks} with nothing to read after it) is left out, or it would show a gap${listed} (write the heading, or delete the line)`;
  }
  if (note.kind === 'heading level') {
    const under =
      note.above === 1 ? "right under the page's title" : `under a level ${note.above} one`;
    return `this heading is level ${note.level} ${under}, a level skipped: readers who move by headings (with a screen reader) find one missing (write it ${note.html ? `as <h${note.above + 1}>` : `with ${'#'.repeat(note.above + 1)}`})`;
  }
  if (note.kind === 'fragment') {
    const fix = note.near ? `did you mean ${note.near}? ` : '';
    return `the link "${note.href}" leads to nothing on the page: no heading or footnote of ${holder.this} has that name, so a click goes nowhere (${fix}a heading "## Reaction" is linked as #reaction)`;
  }
  if (note.kind === 'vague alt') return vagueAltMessage(note.alt, note.why, note.src);
  if (note.kind === 'prose slip') return PROSE_SLIP_MESSAGES[note.slip](note.count ?? 2);
  if (note.kind === 'unmade link') return unmadeLinkMessage(note.shape, note.written);
  if (note.kind === 'unread tag') {
    return `"${note.written}" is printed as typed, not read as HTML: markdown reads a tag only when each attribute's value is in quotes or a single word (write the values in quotes, as <img src="/images/x.jpg" alt="…">, or write it in markdown)`;
  }
  if (note.kind === 'cells') {
    return `this table row has more cells than the table's ${note.columns} columns, so readers do not see "${note.lost}" (add a column to the header, or write a | in a cell's text as \\|)`;
  }
  if (note.kind === 'desk note') {
    return `"${note.written}" is a note for the desk, left where readers would see it (write what belongs there, or delete it)`;
  }
  if (note.kind === 'stray address') {
    const what = note.instead.startsWith('mailto:') ? 'an email address' : "another site's address";
    // `example.org:8080/x`: what comes before the colon is taken for a kind of address, as mailto: is.
    const outcome = /^[^/?#]*:/.test(note.href)
      ? `is read as an address of an unknown kind, not as ${what}, and is removed`
      : `is read as a page below ${holder.this}'s own address, not as ${what}, so it leads nowhere`;
    return `the link "${note.href}" ${outcome} (write it as ${note.instead})`;
  }
  if (note.kind === 'no summary') {
    return `has no paragraph of words to make a summary of, so search results, feeds and shared links show none (write one or two sentences in summary:)`;
  }
  if (note.kind === 'blank') {
    return `shows readers nothing: it holds markup with no words or pictures (write ${holder.text} below the closing ---)`;
  }
  if (note.kind === 'attribute') {
    const where = `<${note.tag}>${note.more > 0 ? ` and ${countOf(note.more, 'more element')} of ${holder.this}` : ''}`;
    return note.name === 'style'
      ? `style="…" is removed from ${where}: ${holder.a} keeps the site's look and cannot carry its own styles (for emphasis write **bold** or *italics*)`
      : `${note.name}="…" is removed from ${where}: ${HANDLER(holder)}`;
  }
  const beside = instead(note.src, note.html);
  if (/^http:/i.test(note.src)) {
    return `${shown(note.src, note.html)} is http: pages are served over https and their security policy blocks it, so it never shows (put the photo beside ${holder.the} instead: ${beside})`;
  }
  return `${shown(note.src, note.html)} loads from another site on every reading (readers' browsers ask that site for it): put the photo beside ${holder.the} instead (${beside})`;
}

/** What each prose slip does to the page, and what to write instead (`count`: lines run together). */
const PROSE_SLIP_MESSAGES: Readonly<Record<ProseSlip, (count: number) => string>> = {
  indented: () =>
    'a paragraph indented by four spaces (or a tab) shows as code, in a box of typewriter type (delete the spaces before it; for code, put it between lines of ```)',
  'underlined -': () =>
    'the line of --- right under a paragraph makes that paragraph a heading (for a dividing line, leave a blank line above the ---; for a heading, write ## before it instead)',
  'unspaced #': () =>
    'this line starts with # and no space after it, so it is printed as typed, # and all, not as a heading (for a heading, put a space after the #: ## Like this)',
  'underlined =': () =>
    'the line of === right under a paragraph makes that paragraph a heading (delete the ===; for a heading, write ## before it instead)',
  'run together': (count) =>
    `these ${count} lines run together into one paragraph: a single line break does not start a new one (leave a blank line between paragraphs)`,
  bullets: (count) =>
    `these ${count} lines run together into one paragraph: a line begun with • is no list item (begin each with - and a space, and leave a blank line above the list)`,
};

/** What keeps a link or picture from being made, and the text to write (when it is quoted whole). */
function unmadeLinkMessage(shape: UnmadeLink, written: string): string {
  const whole = !written.endsWith('…');
  const printed = `"${written}" is printed as typed`;
  if (shape === 'space in address') {
    const address = /\]\((.*)\)$/s.exec(written)?.[1];
    // `(https://x.org “Title”)`: a link's title in a word processor's quotes, which markdown
    // takes for part of the address.
    const titled = address && /^(\S+)[ \t]+[“”](.*)[“”]$/s.exec(address);
    if (titled) {
      const fix = whole
        ? `write ${written.replace(address, `${titled[1]} "${titled[2]}"`)}`
        : `write "${titled[2]}" in straight quotes`;
      return `${printed}: a link's title goes between straight quotes, not curly ones (${fix})`;
    }
    // Another site's address is theirs to keep: its spaces are written as %20.
    if (address && /^https?:/i.test(address)) {
      const fix = whole ? `: ${written.replace(address, address.replace(/[ \t]/g, '%20'))}` : '';
      return `${printed}: an address cannot hold a space (write each space as %20${fix})`;
    }
    const fix = whole && address ? `: ${written.replace(`(${address})`, `(<${address}>)`)}` : '';
    return `${printed}: an address cannot hold a space (rename the file without spaces, as bus-lane.png, or put the address between < and >${fix})`;
  }
  if (shape === 'space before address') {
    const fix = whole ? `: ${written.replace(/\][ \t]+\(/, '](')}` : '';
    return `${printed}: markdown makes no link with a space between ] and ( (delete the space${fix})`;
  }
  const fix = whole ? written.replace(/^\((.*)\)\[(.*)\]$/s, '[$1]($2)') : '[words](address)';
  return `${printed}: a link is written with its words in [ ] first, then the address in ( ) (write it as ${fix})`;
}

/** Whether a note stops the build: words readers lose, to HTML never closed or a row's extra cells. */
export const refusedNote = (note: BodyNote): boolean =>
  (note.kind === 'hidden' && note.seen === true) || note.kind === 'cells';

/** What a reader does not see of a body hidden by HTML never closed, and how to show it. */
function hiddenMessage(note: BodyNote & { kind: 'hidden' }, holder: BodyHolder): string {
  const end = note.what === '<!--' ? '-->' : `</${note.what.slice(1, -1)}>`;
  const hides =
    note.until === undefined
      ? `the rest of ${note.within ? `the ${note.within}` : holder.the}`
      : note.lost !== undefined
        ? `"${note.lost}" after it`
        : `the paragraphs after it, up to the next ${end}`;
  // `<title of the report>`: a note for the desk that HTML reads as a tag, and the words after it.
  if (note.words) {
    return `${note.words} reads as an HTML tag that is never closed, so readers do not see it, nor ${hides}: a note for the desk? (write what belongs there, or delete it; to show the brackets, write \\${note.words})`;
  }
  const slash = note.selfClosed ? ' (a /> at the end of a tag closes no HTML element)' : '';
  // Nothing ends a <plaintext>, not even </plaintext>.
  const fix = note.what === '<plaintext>' ? 'delete it' : `close it with ${end}, or delete it`;
  return `${note.what} is never closed${slash}, so readers do not see ${hides} (${fix})`;
}

/** Every note of every body on its line: a warning, or an error where it stops the build. */
export function bodyNoteProblems(records: readonly Article[]): Problem[] {
  return records.flatMap((record) =>
    (record.bodyNotes ?? []).map((note): Problem => ({
      file: record.filePath,
      line: note.line,
      field: 'body',
      message: noteMessage(note),
      // The rest of the body lost is no story to publish.
      severity: refusedNote(note) ? 'error' : 'warning',
    })),
  );
}
