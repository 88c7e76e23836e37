import { describe, expect, it } from 'vitest';
import { type QuoteNode, curlPreviewQuotes } from '../../src/cms/previewQuotes.ts';

/** A text node, as the walk reads one. */
const text = (data: string): QuoteNode => ({
  nodeType: 3,
  nodeName: '#text',
  data,
  childNodes: [],
});

/** An element and its children. */
const el = (nodeName: string, ...childNodes: QuoteNode[]): QuoteNode => ({
  nodeType: 1,
  nodeName,
  childNodes,
});

describe('curlPreviewQuotes', () => {
  it('curls quotes across emphasis and links, each block afresh, as the page does', () => {
    const opening = text('"We have ');
    const never = text('never');
    const closing = text(' seen this," he said.');
    const next = text("'Yes,' she said. It's here.");
    const body = el('DIV', el('P', opening, el('EM', never), closing), el('P', next));
    curlPreviewQuotes(body);
    expect([opening.data, never.data, closing.data, next.data]).toEqual([
      '\u201cWe have ',
      'never',
      ' seen this,\u201d he said.',
      '\u2018Yes,\u2019 she said. It\u2019s here.',
    ]);
  });

  it('leaves code as typed, and writes nothing where nothing changes', () => {
    const code = text('"as typed"');
    const after = text(' is what the "docs" say.');
    const plain = text('No quotes at all.');
    let writes = 0;
    const watched: QuoteNode = {
      ...plain,
      get data() {
        return 'No quotes at all.';
      },
      set data(_value) {
        writes += 1;
      },
    };
    const body = el(
      'DIV',
      el('P', el('CODE', code), after),
      el('PRE', el('CODE', text("it's"))),
      el('P', watched),
    );
    curlPreviewQuotes(body);
    expect(code.data).toBe('"as typed"');
    expect(after.data).toBe(' is what the \u201cdocs\u201d say.');
    expect(writes).toBe(0);
  });
});
