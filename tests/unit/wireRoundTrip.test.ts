import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';
import { parseWireStory, wireStoryToArticle } from '../../src/lib/wire.ts';

const html = unified().use(rehypeParse, { fragment: true });

/** The DOM `textContent` of a node: every text node, nothing collapsed. */
function textContent(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textContent).join('') : '';
}

/** The text of each top-level block of a rendered body, as a reader's browser holds it. */
function blockTexts(body: string): string[] {
  const tree = html.parse(body);
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((element) => textContent(element).replace(/^\n|\n$/g, ''));
}

/** Imports `paragraphs` as one wire story and renders it as the site would. */
async function roundTrip(paragraphs: string[]): Promise<string[]> {
  const parsed = parseWireStory(`date 2025-04-18 ${paragraphs.join('\n\n')}\n`);
  if (!parsed.ok) throw new Error(parsed.reason);
  const { markdown } = wireStoryToArticle(parsed.story);
  const { body, problems } = await parseArticle(
    'content/x.md',
    new TextEncoder().encode(markdown),
    {
      base: '/',
      timeZone: 'UTC',
    },
  );
  if (!body) throw new Error(problems.map((p) => p.message).join('\n'));
  return blockTexts(body.html);
}

/** A printable character: any code point but controls, surrogates and private or unassigned ones. */
const printable = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
  .filter((char) => !/[\p{Cc}\p{Cs}\p{Co}\p{Cn}\u2028\u2029]/u.test(char));
/** Markdown's own syntax characters, generated often so every rule gets exercised. */
const syntax = fc.constantFrom(...'\\`*_[]<>&~|#!-+=.)(:;"\'0123456789 ');
const paragraph = fc
  .array(fc.oneof({ weight: 1, arbitrary: printable }, { weight: 2, arbitrary: syntax }), {
    minLength: 1,
    maxLength: 60,
  })
  .map((chars) => chars.join('').trim())
  .filter((text) => text.length > 0);

/** Quotes as typed on a keyboard: the site sets straight ones curly in story text, as newsrooms do. */
const straight = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe('wire import round trip', () => {
  it('renders every paragraph as written, markdown syntax and all, but for curled quotes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 4 }), async (paragraphs) => {
        expect((await roundTrip(paragraphs)).map(straight)).toEqual(paragraphs.map(straight));
      }),
      { numRuns: 300 },
    );
    // 300 stories rendered: room for a machine busy with other work.
  }, 30_000);

  it('keeps known troublemakers verbatim', async () => {
    const cases = [
      '1. Not a list',
      '- not a list',
      '# not a heading',
      '---',
      '***',
      '> not a quote',
      '<script>alert(1)</script>',
      '&amp; &copy; &#65;',
      'a *b* __c__ `d` ~~e~~ [f](g) ![h](i) <https://j.example> www.k.example l@m.example',
      '| a | b |',
      'ends with a backslash \\',
      '[^1]: not a footnote',
      'Caption text here. (AP Photo/Jane Doe)',
      'Caption<b>(via x)',
      'He said "We have never seen it" and it\'s over.',
    ];
    expect((await roundTrip(cases)).map(straight)).toEqual(cases);
    // Set as a newsroom sets them, and only quotes: the rest is verbatim.
    expect((await roundTrip(['He said "We have never seen it" and it\'s over.']))[0]).toBe(
      'He said “We have never seen it” and it’s over.',
    );
  });
});
