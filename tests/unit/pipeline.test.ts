import { describe, expect, it } from 'vitest';
import {
  BodyError,
  MAX_NESTING,
  renderBody as render,
} from '../../src/content/markdown/pipeline.ts';
import { STRINGS } from '../../src/lib/strings.ts';
import { withPhotos } from '../../src/lib/bodyPhotos.ts';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { STORY, noteMessage, refusedNote } from '../../src/content/bodyNotes.ts';

/** Renders a body as the loader does, under `base`, as an English story in `articleFile`. */
const renderBody = (markdown: string, base = '/', lang = 'en', articleFile?: string) =>
  render(markdown, { base, words: STRINGS[lang as keyof typeof STRINGS], articleFile });

const html = async (markdown: string) => (await renderBody(markdown)).html;

describe('renderBody: sanitising untrusted bodies', () => {
  it('removes script elements and their content', async () => {
    const out = await html('Hello\n\n<script>alert(1)</script>\n\nBye');
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain('alert(1)');
    expect(out).toContain('<p>Hello</p>');
    expect(out).toContain('<p>Bye</p>');
  });

  it('removes on* handlers but keeps the element', async () => {
    const out = await html(
      '<img src="/x.png" alt="x" onerror="alert(1)"> <b onclick="alert(2)">bold</b>',
    );
    expect(out).not.toMatch(/onerror|onclick|alert/);
    expect(out).toContain('<img src="/x.png" alt="x">');
    expect(out).toContain('<b>bold</b>');
  });

  it('removes javascript: and data: URLs from links and images', async () => {
    const out = await html(
      '[a](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">b</a> <a href="data:text/html,<script>x</script>">c</a> <img src="data:image/png;base64,AAAA" alt="d">',
    );
    expect(out).not.toMatch(/javascript:|data:/i);
    expect(out).toContain('>a</a>');
  });

  it.each(['style', 'textarea', 'title', 'noscript', 'xmp', 'iframe', 'template', 'svg'])(
    'drops %s elements with everything in them',
    async (tag) => {
      const body = await renderBody(`<${tag}>.masthead{display:none}</${tag}>\n\nafter`);
      expect(body.html.trim()).toBe('<p>after</p>');
      expect(body.text).toBe('after');
      expect(body.firstParagraph).toBe('after');
    },
  );

  it.each(['iframe', 'object', 'embed', 'style'])('removes %s elements', async (tag) => {
    const out = await html(`<${tag} src="https://evil.example/">x</${tag}>\n\nafter`);
    expect(out).not.toContain(`<${tag}`);
    expect(out).toContain('<p>after</p>');
  });

  it('shows <script> in code as text', async () => {
    const out = await html('```html\n<script>alert(1)</script>\n```\n\nInline `<script>` too.');
    expect(out).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(out).toContain('<code>&#x3C;script></code>');
    expect(out).not.toMatch(/<script/i);
  });

  it('keeps ids from clobbering the page by prefixing them', async () => {
    const out = await html('<a id="main" name="top">x</a>');
    expect(out).toContain('id="user-content-main"');
    expect(out).toContain('name="user-content-top"');
  });

  it('classes a link that reads as its own address, which print spells out after no other', async () => {
    const out = await html(
      'See https://example.org/report, <https://www.example.org/a/>, [example.org/b](https://example.org/b) and [the report](https://example.org/report).',
    );
    expect(out).toContain(
      '<a href="https://example.org/report" class="address">https://example.org/report</a>',
    );
    expect(out).toContain(
      '<a href="https://www.example.org/a/" class="address">https://www.example.org/a/</a>',
    );
    expect(out).toContain('<a href="https://example.org/b" class="address">example.org/b</a>');
    expect(out).toContain('<a href="https://example.org/report">the report</a>');
  });

  it('keeps figures with captions, for photo captions in the body', async () => {
    const out = await html(
      '<figure>\n<figcaption>Caption <small>(AP)</small></figcaption>\n</figure>',
    );
    expect(out).toContain(
      '<figure class="caption-only">\n<figcaption>Caption <small>(AP)</small></figcaption>\n</figure>',
    );
  });
});

describe('renderBody: images given as a site path', () => {
  it("notes each as written, under any base, markdown and HTML alike; not another site's", async () => {
    const body = await renderBody(
      [
        '![Chart](/images/chart.png)',
        '',
        '<img src="/images/map%20one.png" alt="Map">',
        '',
        '![Remote](//cdn.example/x.png) ![Other](https://other.example/y.png) ![Beside](./z.jpg)',
      ].join('\n'),
      '/news/',
    );
    expect(body.siteImages).toEqual([
      { src: '/images/chart.png', line: 1, html: false },
      { src: '/images/map%20one.png', line: 3, html: true },
    ]);
    // The page itself names the file under the base.
    expect(body.html).toContain('src="/news/images/chart.png"');
  });
});

describe('renderBody: footnotes that do not meet', () => {
  it('notes a mark with no note and a note with no mark, not code, nor footnotes that meet', async () => {
    const body = await renderBody(
      [
        'Rates rose.[^1] Prices fell.[^2] Code: `[^x]`.',
        '',
        '```',
        '[^y]',
        '```',
        '',
        '[^1]: The bank said so.',
        '',
        '[^3]: A note for a mark mistyped.',
      ].join('\n'),
    );
    expect(body.notes).toEqual([
      { kind: 'footnote', label: '2', mark: true, line: 1 },
      { kind: 'footnote', label: '3', mark: false, line: 9 },
    ]);
    expect(body.html).toContain('Prices fell.[^2]');
    expect(body.html).not.toContain('A note for a mark mistyped');
  });

  it('takes a mark escaped on purpose as text meant to show, and still notes one beside it', async () => {
    const body = await renderBody('Write \\[^1] to mark a note.\n\nAnd *here*[^2] is one.\n');
    expect(body.html).toContain('Write [^1] to mark a note.');
    expect(body.notes).toEqual([{ kind: 'footnote', label: '2', mark: true, line: 3 }]);
  });
});

describe('renderBody: empty headings', () => {
  it('leaves out a heading with no words, noting it on its line, and keeps one with a picture', async () => {
    const body = await renderBody(
      'Intro.\n\n## \n\nText.\n\n###\n\n## Real\n\n## ![Map](https://maps.example/m.png)\n',
      '/',
    );
    expect(body.html).not.toMatch(/<h[23][^>]*><\/h[23]>/);
    expect(body.headings.map((heading) => heading.text)).toEqual(['Real', 'Map']);
    expect(body.notes.filter((note) => note.kind === 'empty heading')).toEqual([
      { kind: 'empty heading', tag: 'h2', line: 3 },
      { kind: 'empty heading', tag: 'h3', line: 7 },
    ]);
  });
});

describe('renderBody: heading levels', () => {
  it('notes a heading that skips a level, with the level above it, and keeps it as written', async () => {
    const body = await renderBody(
      '### Level three first\n\nText.\n\n### Another\n\n## Two\n\n#### Four\n\n<h6>Six</h6>\n\n# One\n\n### Three\n',
      '/',
    );
    expect(body.html).toContain('<h3 id="user-content-level-three-first">Level three first</h3>');
    expect(body.notes.filter((note) => note.kind === 'heading level')).toEqual([
      { kind: 'heading level', level: 3, above: 1, line: 1 },
      { kind: 'heading level', level: 4, above: 2, line: 9 },
      { kind: 'heading level', level: 6, above: 4, line: 11, html: true },
    ]);
    expect(
      noteMessage(
        body.notes.find((note) => note.kind === 'heading level')!,
        STORY,
      ),
    ).toBe(
      "this heading is level 3 right under the page's title, a level skipped: readers who move by headings (with a screen reader) find one missing (write it with ##)",
    );
    expect(noteMessage(body.notes.filter((note) => note.kind === 'heading level')[2]!, STORY)).toBe(
      'this heading is level 6 under a level 4 one, a level skipped: readers who move by headings (with a screen reader) find one missing (write it as <h5>)',
    );
  });
});

describe('renderBody: headings for the table of contents', () => {
  it('reads a picture in a heading as its alt text, and leaves out one that reads as nothing', async () => {
    const body = await renderBody(
      [
        '## The ![harbour](https://maps.example/h.png) route',
        '',
        '## ![](https://maps.example/blank.png)',
        '',
        '## Plain *words*',
      ].join('\n'),
      '/',
    );
    expect(body.headings.map((heading) => heading.text)).toEqual([
      'The harbour route',
      'Plain words',
    ]);
    expect(body.html).toContain('<h2 id="user-content-the-harbour-route">');
  });

  it("lists the story's own sections, not the footnotes' heading, which is in its language", async () => {
    const body = await renderBody('## Uno\n\nDato.[^1] Otro.[^1]\n\n[^1]: Fuente.\n', '/', 'es');
    expect(body.headings.map((heading) => heading.text)).toEqual(['Uno']);
    expect(body.html).toContain('id="user-content-footnote-label">Notas</h2>');
    expect(body.html).toContain('aria-label="Volver a la referencia 1"');
    expect(body.html).toContain('aria-label="Volver a la referencia 1-2"');
  });

  it('numbers a repeated heading per body, and keeps an id written in HTML', async () => {
    const body = await renderBody(
      '## Reaction\n\n## Reaction\n\n<h2 id="own">Own</h2>\n\n## Own\n',
      '/',
    );
    expect(body.headings.map((heading) => heading.id)).toEqual([
      'user-content-reaction',
      'user-content-reaction-1',
      'user-content-own',
      'user-content-own-1',
    ]);
    // Numbering starts again in the next story.
    expect((await renderBody('## Reaction\n', '/')).headings[0]?.id).toBe('user-content-reaction');
  });
});

describe('renderBody: in-page links', () => {
  it('notes a link to no heading or footnote of the body, with the nearest, and not the others', async () => {
    const body = await renderBody(
      [
        'Jump to [the reaction](#reaction), [the reacton](#reacton), [a note](#fn-1),',
        '[the top](#top), [nowhere at all](#zzz-nothing) and [a named spot](#spot).[^1]',
        '',
        '## Reaction',
        '',
        '<span id="spot">Here.</span>',
        '',
        '[^1]: A note.',
      ].join('\n'),
    );
    expect(body.notes).toEqual([
      { kind: 'fragment', href: '#reacton', near: '#reaction', line: 1 },
      { kind: 'fragment', href: '#zzz-nothing', near: undefined, line: 2 },
    ]);
    expect(body.html).toContain('<a href="#user-content-reaction">the reaction</a>');
  });
});

describe('renderBody: a phone number as a link', () => {
  it('keeps a tel: link, which runs nothing, with no note', async () => {
    const body = await renderBody('[Call the desk](tel:+15550100) or [not](javascript:call())');
    expect(body.html).toBe('<p><a href="tel:+15550100">Call the desk</a> or <a>not</a></p>');
    expect(body.notes).toEqual([{ kind: 'address', tag: 'a', scheme: 'javascript:', line: 1 }]);
  });
});

describe('renderBody: alt text that says nothing', () => {
  it('notes a picture whose alt text is a file name or only a word for a picture, as written', async () => {
    const body = await renderBody(
      [
        '![Photo.](/b.jpg) ![The harbour at dawn](/c.jpg)',
        '',
        '<img src="/d.jpg" alt="DSC01234.jpg">',
      ].join('\n'),
    );
    expect(body.notes).toEqual([
      {
        kind: 'vague alt',
        src: '/b.jpg',
        alt: 'Photo.',
        why: 'only a word for a picture',
        line: 1,
      },
      { kind: 'vague alt', src: '/d.jpg', alt: 'DSC01234.jpg', why: 'a file name', line: 3 },
    ]);
  });
});

describe('renderBody: addresses written without their scheme', () => {
  it("notes another site's address or an email as a link, and leaves paths, files and real addresses alone", async () => {
    const body = await renderBody(
      [
        '[a](www.example.com) [b](example.co.uk/news) [c](desk@example.com)',
        '[e](plan.pdf) [f](./www.example.com) [g](../harbour/) [h](https://example.com)',
        '[i](mailto:desk@example.com) [j](chart.png) [k](notes.md) www.bare.example',
      ].join('\n'),
    );
    expect(body.notes).toEqual([
      {
        kind: 'stray address',
        href: 'www.example.com',
        instead: 'https://www.example.com',
        line: 1,
      },
      {
        kind: 'stray address',
        href: 'example.co.uk/news',
        instead: 'https://example.co.uk/news',
        line: 1,
      },
      {
        kind: 'stray address',
        href: 'desk@example.com',
        instead: 'mailto:desk@example.com',
        line: 1,
      },
    ]);
  });

  it('notes an address with a port as stray, not as an address of another kind, and drops it', async () => {
    const body = await renderBody('[live](www.example.org:8080/now) [x](javascript:alert(1))');
    expect(body.notes).toEqual([
      {
        kind: 'stray address',
        href: 'www.example.org:8080/now',
        instead: 'https://www.example.org:8080/now',
        line: 1,
      },
      { kind: 'address', tag: 'a', scheme: 'javascript:', line: 1 },
    ]);
    expect(body.html).toBe('<p><a>live</a> <a>x</a></p>');
  });
});

describe('renderBody: links that may lead to a page of the site', () => {
  it('notes each as written, before the base is put in front; not fragments or mail', async () => {
    const body = await renderBody(
      [
        'See [the harbour](/articles/harbour/) and [the budget](../budget/).',
        '',
        '<a href="https://news.example/articles/vote/">The vote</a>',
        '',
        '[Weather](/topics/weather/) [below](#more) [mail](mailto:desk@news.example) [April](/archive/2025/04/)',
        '',
        '<a href="javascript:alert(1)//articles/x/">no</a>',
      ].join('\n'),
      '/news/',
    );
    expect(body.siteLinks).toEqual([
      { href: '/articles/harbour/', line: 1 },
      { href: '../budget/', line: 1 },
      { href: 'https://news.example/articles/vote/', line: 3 },
      { href: '/topics/weather/', line: 5 },
      { href: '/archive/2025/04/', line: 5 },
    ]);
    expect(body.html).toContain('href="/news/articles/harbour/"');
  });

  it('notes the ids of its parts as a link from another story writes them', async () => {
    const body = await renderBody(
      '## Reaction from the harbour\n\nText.[^1]\n\n<p id="map">Map</p>\n\n[^1]: A note.',
      '/',
    );
    expect(body.sections).toEqual(
      expect.arrayContaining(['reaction-from-the-harbour', 'map', 'fn-1', 'fnref-1']),
    );
    expect(body.sections.every((id) => !id.startsWith('user-content-'))).toBe(true);
  });

  it("points a link to another story's section at the id the sanitiser gives it there", async () => {
    const body = await renderBody(
      '[the reaction](/articles/harbour/#reaction) and [here](#missing) [top](../harbour/#top)',
      '/news/',
    );
    expect(body.html).toContain('href="/news/articles/harbour/#user-content-reaction"');
    expect(body.html).toContain('href="../harbour/#top"');
    expect(body.siteLinks.map((link) => link.href)).toContain('/articles/harbour/#reaction');
  });

  it("ends a page's address with its slash, noting the link as written for the check", async () => {
    const body = await renderBody('[a](/articles/harbour) and [b](../budget#cuts)', '/news/');
    expect(body.siteLinks.map((link) => link.href)).toEqual([
      '/articles/harbour',
      '../budget#cuts',
    ]);
    expect(body.html).toContain('href="/news/articles/harbour/"');
    expect(body.html).toContain('href="../budget/#user-content-cuts"');
  });
});

describe('renderBody: CommonMark and GFM', () => {
  it('renders tables, strikethrough, task lists and autolinks', async () => {
    const out = await html(
      '| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~\n\n- [x] done\n- [ ] todo\n\nSee https://example.org.',
    );
    expect(out).toContain('<table tabindex="0">');
    expect(out).toContain('<del>gone</del>');
    expect(out).toContain('<span class="task" role="img" aria-label="done">☑</span>');
    expect(out).toContain('<a href="https://example.org" class="address">https://example.org</a>');
  });

  it("refuses a table row's cells beyond the header's columns, which markdown drops, quoting their words", async () => {
    const body = await renderBody(
      '| Name | Quote |\n|---|---|\n| Mayor | "Yes | no," she said |\n| Clerk | Fine | |\n| Aide |\n',
    );
    expect(body.html).not.toContain('she said');
    expect(body.html).toContain('<td>Aide</td>');
    expect(
      body.notes.map(
        (note) => `${refusedNote(note) ? 'error' : 'warning'} ${note.line} ${noteMessage(note)}`,
      ),
    ).toEqual([
      'error 3 this table row has more cells than the table\'s 2 columns, so readers do not see "no," she said" (add a column to the header, or write a | in a cell\'s text as \\|)',
    ]);
    // A footnote's mark dropped takes its note with it; HTML or a zero-width space shows no words to lose.
    const cells = await renderBody(
      '| a | b |\n|---|---|\n| 1 | 2 | [^1] |\n| 3 | 4 | <!-- desk --> |\n| 5 | 6 | <br> |\n| 7 | 8 | \u200b |\n\n[^1]: Note.\n',
    );
    expect(
      cells.notes.filter(refusedNote).map((note) => `${note.line} ${noteMessage(note)}`),
    ).toEqual([
      '3 this table row has more cells than the table\'s 2 columns, so readers do not see "[^1]" (add a column to the header, or write a | in a cell\'s text as \\|)',
    ]);
    // Written as \|, the bar is the cell's text, and nothing is said.
    const escaped = await renderBody('| Name | Quote |\n|---|---|\n| Mayor | "Yes \\| no" |\n');
    expect(escaped.html).toContain('“Yes | no”');
    expect(escaped.notes).toEqual([]);
  });

  it('renders footnotes whose links reach their targets', async () => {
    const out = await html('Claim.[^1]\n\n[^1]: Source.');
    const href = /href="#([^"]+)"[^>]*data-footnote-ref/.exec(out)?.[1];
    expect(href).toBeTruthy();
    expect(out).toContain(`id="${href}"`);
  });

  it('turns a body h1 into h2, since the headline is the page h1', async () => {
    expect(await html('# Section')).toBe('<h2 id="user-content-section">Section</h2>');
  });

  it('gives plain text and the first paragraph', async () => {
    const body = await renderBody('## Head\n\nFirst *para*.\n\nSecond.');
    expect(body.firstParagraph).toBe('First para.');
    expect(body.text).toContain('Second.');
  });

  it('takes the first paragraph with words: a story that opens with a photo is summarised by its text', async () => {
    const photo = '![The ferry at the pier](https://example.com/ferry.jpg)';
    expect((await renderBody(`${photo}\n\nThe ferry left at noon.`)).firstParagraph).toBe(
      'The ferry left at noon.',
    );
    expect((await renderBody(`<p></p>\n\n${photo}\n\nIt left.`)).firstParagraph).toBe('It left.');
    expect((await renderBody(photo)).firstParagraph).toBe('');
  });

  it("keeps a written <picture>'s <img> alone, rebased: its <source> would load any site's picture untold", async () => {
    const markdown =
      '<picture><source srcset="/img/a.avif 1x, https://tracker.example/b.gif 3x"><img src="/img/a.jpg" alt="The pier"></picture>\n\n`<a href="/docs">`';
    const body = await renderBody(markdown, '/news/');
    expect(body.html).toBe(
      '<p><img src="/news/img/a.jpg" alt="The pier"></p>\n<p><code>&#x3C;a href="/docs"></code></p>',
    );
    expect(body.notes).toEqual([{ kind: 'element', tag: 'picture', whole: false, line: 1 }]);
  });

  it('never rebases a path that browsers read as another host, and writes it as they read it', async () => {
    const rebased = (await renderBody('<a href="/\\evil.example/x">x</a>', '/news/')).html;
    expect(rebased).toContain('href="//evil.example/x"');
  });

  it("reads a picture's address as browsers do, so one from another site is told as one", async () => {
    for (const [src, read] of [
      ['\\\\evil.example\\x.png', '//evil.example/x.png'],
      ['/\\evil.example/x.png', '//evil.example/x.png'],
      ['/&#x09;/evil.example/x.png', '//evil.example/x.png'],
      ['https:evil.example/x.png', 'https:evil.example/x.png'],
    ]) {
      const body = await renderBody(`<img src="${src}" alt="The pier">\n`);
      expect(body.html, src).toBe(`<img src="${read}" alt="The pier">`);
      expect(body.notes, src).toEqual([{ kind: 'remote', src: read, line: 1, html: true }]);
    }
  });

  it('moves site-relative links and images under the base path, and leaves others alone', async () => {
    const markdown =
      '[a](/articles/x/) [b](https://example.org/) [c](//cdn.example/x) [d](#note) ![e](/images/e.jpg)';
    const rebased = (await renderBody(markdown, '/news/')).html;
    expect(rebased).toContain('href="/news/articles/x/"');
    expect(rebased).toContain('href="https://example.org/"');
    expect(rebased).toContain('href="//cdn.example/x"');
    expect(rebased).toContain('href="#note"');
    expect(rebased).toContain('src="/news/images/e.jpg"');
    expect((await renderBody(markdown)).html).toContain('href="/articles/x/"');
  });
});

describe('renderBody: bodies it refuses', () => {
  it('refuses quotes nested past the limit before anything recursive walks them, naming the line', async () => {
    const error = await renderBody(`Intro.\n\n${'> '.repeat(10_000)}deep`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyError);
    expect((error as BodyError).message).toMatch(/levels deep \(at most 100/);
    expect((error as BodyError).line).toBe(3);
  });

  it('refuses raw HTML nested past the limit', async () => {
    const error = await renderBody(`${'<div>'.repeat(10_000)}x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyError);
  });

  it('renders nesting within the limit', async () => {
    const body = await renderBody(`${'> '.repeat(MAX_NESTING - 5)}deep`);
    expect(body.text).toBe('deep');
  });

  it('keeps a fragment link that is not valid percent-encoding as written', async () => {
    expect(await html('[note](#%E0%A4%A)')).toContain('href="#%E0%A4%25A"');
  });
});

describe('renderBody: headings and task lists', () => {
  it('gives second-level headings stable, prefixed ids and lists them', async () => {
    const body = await renderBody('# Top\n\n## Where it began\n\n### Detail\n\n## What next?');
    expect(body.headings).toEqual([
      { id: 'user-content-top', text: 'Top' },
      { id: 'user-content-where-it-began', text: 'Where it began' },
      { id: 'user-content-what-next', text: 'What next?' },
    ]);
    expect(body.html).toContain('<h2 id="user-content-where-it-began">Where it began</h2>');
  });

  it('renders task-list checkboxes as named marks, not unlabelled inputs', async () => {
    const out = await html('- [x] done item\n- [ ] open item');
    expect(out).not.toContain('<input');
    expect(out).toContain('<span class="task" role="img" aria-label="done">☑</span>');
    expect(out).toContain('<span class="task" role="img" aria-label="not done">☐</span>');
  });

  it('marks the tasks of a list with blank lines between its items too', async () => {
    const out = await html('- [x] done item\n\n- [ ] open item');
    expect(out).toContain('<p><span class="task" role="img" aria-label="done">☑</span> done item');
    expect(out).toContain('<span class="task" role="img" aria-label="not done">☐</span>');
  });

  it('removes any other <input>, with a note, rather than read it out as a task "not done"', async () => {
    const body = await renderBody(
      [
        'Enter it: <input name="pw" type="password" autofocus onfocus="alert(1)">',
        '',
        '- [ ] a task <input type="checkbox">',
        '',
        '<ul><li><input type="checkbox"> a list of raw HTML</li></ul>',
      ].join('\n'),
    );
    expect(body.html).not.toContain('<input');
    expect(body.html.match(/class="task"/g)).toHaveLength(1);
    expect(body.html).toContain('<p>Enter it: </p>');
    expect(body.html).toContain(
      '<li class="task-list-item"><span class="task" role="img" aria-label="not done">☐</span> a task </li>',
    );
    expect(body.notes.filter((note) => note.kind === 'element')).toEqual([
      { kind: 'element', tag: 'input', whole: false, line: 1 },
      { kind: 'element', tag: 'input', whole: false, line: 3 },
      { kind: 'element', tag: 'input', whole: false, line: 5 },
    ]);
    expect(
      noteMessage(
        body.notes.find((note) => note.kind === 'element')!,
        STORY,
      ),
    ).toBe(
      '<input> is removed: a story cannot hold a form (link to the form instead: [Fill in the form](https://…))',
    );
  });
});

describe('renderBody: HTML tags markdown does not read', () => {
  it('notes a tag printed as typed, and not one read, one in code or one written to be shown', async () => {
    const body = await renderBody(
      [
        'Before: <img src=/images/box.jpg alt="A blue box"> after.',
        '',
        '<img src="/images/ok.jpg" alt="Read"> `<img src=/a/b>` \\<b class=x y> and a < b > c.',
        '',
        '## The <span class=a b=/c/d> heading',
      ].join('\n'),
    );
    expect(body.html).toContain('&#x3C;img src=/images/box.jpg');
    expect(body.notes.filter((note) => note.kind === 'unread tag')).toEqual([
      { kind: 'unread tag', written: '<img src=/images/box.jpg alt="A blue box">', line: 1 },
      { kind: 'unread tag', written: '<span class=a b=/c/d>', line: 5 },
    ]);
    expect(
      noteMessage(
        body.notes.find((note) => note.kind === 'unread tag')!,
        STORY,
      ),
    ).toBe(
      '"<img src=/images/box.jpg alt="A blue box">" is printed as typed, not read as HTML: markdown reads a tag only when each attribute\'s value is in quotes or a single word (write the values in quotes, as <img src="/images/x.jpg" alt="…">, or write it in markdown)',
    );
  });
});

describe('renderBody: wide blocks', () => {
  it('lets the keyboard reach code blocks and tables, which may scroll sideways', async () => {
    const out = await html('```\ncode\n```\n\n| a |\n| - |\n| b |');
    expect(out).toContain('<pre tabindex="0">');
    expect(out).toContain('<table tabindex="0">');
  });
});

describe('renderBody: photos beside the article', () => {
  it('marks the place of each by a comment for the page to picture, and keeps every other image as it is', async () => {
    const body = await renderBody(
      '![Harbour > 40 °C](./harbour.jpg "Noon </picture>")\n\n![Remote](https://cdn.example/x.jpg)\n\n<img src="../up.png" alt="Up" onerror="x()">\n',
      '/',
      'en',
      'content/2025/story.md',
    );
    expect(body.html).toBe(
      '<p><!--dateline-photo "0"--></p>\n' +
        '<p><img src="https://cdn.example/x.jpg" alt="Remote"></p>\n' +
        '<!--dateline-photo "1"-->',
    );
    expect(body.photos).toEqual([
      {
        key: 'content/2025/harbour.jpg',
        src: './harbour.jpg',
        line: 1,
        alt: 'Harbour > 40 °C',
        html: false,
        title: 'Noon </picture>',
      },
      {
        key: 'content/up.png',
        src: '../up.png',
        line: 5,
        alt: 'Up',
        html: true,
        title: undefined,
      },
    ]);
  });

  it('never lets a comment an editor writes pass for a photo marker', async () => {
    const body = await renderBody(
      'Text <!--dateline-photo 0--> more.\n\n<!--dateline-photo 0-->\n',
      '/',
      'en',
      'content/story.md',
    );
    expect(body.html).not.toContain('<!--');
    expect(body.photos).toEqual([]);
  });

  it('never takes a marker typed in an attribute for a photo, so no markup of the photo opens it', async () => {
    // The photo's picture put in the place of a marker inside an attribute would close the
    // attribute and the tag, and what follows would be markup the sanitiser never saw.
    const typed = (marker: string) =>
      `<a href="https://example.org/" title='Q${marker}<img src=x onerror=alert(1)>'>l</a> ` +
      `<img src="https://cdn.example/x.jpg" alt='A${marker}<b>bold</b>'>`;
    const body = await renderBody(
      `![Harbour](./harbour.jpg)\n\n${typed('<!--dateline-photo 0-->')}\n\n${typed('<!--dateline-photo "0"-->')}\n`,
      '/',
      'en',
      'content/story.md',
    );
    expect(body.photos).toHaveLength(1);
    const shown = withPhotos(body, () => '<picture><img src="/p.jpg" alt="x"></picture>');
    // Read as a browser reads it: the typed markup stays in its attributes.
    const elements: string[] = [];
    visit(unified().use(rehypeParse, { fragment: true }).parse(shown), 'element', (node) => {
      elements.push(`${node.tagName} ${String(node.properties.src ?? '')}`.trim());
    });
    expect(elements).toEqual([
      'p',
      'picture',
      'img /p.jpg',
      ...['p', 'a', 'img https://cdn.example/x.jpg'],
      ...['p', 'a', 'img https://cdn.example/x.jpg'],
    ]);
    expect(shown).toContain(
      'title="Q<!--dateline-photo &#x22;0&#x22;--><img src=x onerror=alert(1)>"',
    );
  });

  it('makes an image followed by an italic line a figure with that caption', async () => {
    const { html } = await renderBody(
      '![Waves](https://cdn.example/w.jpg)\n\n_Waves over the sea wall. (AP Photo)_\n\n_Just emphasis._\n',
    );
    expect(html).toBe(
      '<figure><img src="https://cdn.example/w.jpg" alt="Waves"><figcaption>Waves over the sea wall. (AP Photo)</figcaption></figure>\n' +
        '<p><em>Just emphasis.</em></p>',
    );
  });

  it('makes the italic line right under an image, in the same paragraph, its caption', async () => {
    const { html } = await renderBody(
      '![Waves](https://cdn.example/w.jpg)\n_Waves over the sea wall._\n\n![Rain](https://cdn.example/r.jpg)  \n*Rain at noon.*\n\n![Sun](https://cdn.example/s.jpg) _not a caption_\n',
    );
    expect(html).toBe(
      '<figure><img src="https://cdn.example/w.jpg" alt="Waves"><figcaption>Waves over the sea wall.</figcaption></figure>\n' +
        '<figure><img src="https://cdn.example/r.jpg" alt="Rain"><figcaption>Rain at noon.</figcaption></figure>\n' +
        '<p><img src="https://cdn.example/s.jpg" alt="Sun"> <em>not a caption</em></p>',
    );
  });

  it('marks a caption without a picture (a wire caption), so it is not framed as a photo', async () => {
    const out = await html(
      'Text.\n\n<figure>\n<figcaption>A caption. <small>(AP Photo)</small></figcaption>\n</figure>\n',
    );
    expect(out).toContain(
      '<figure class="caption-only">\n<figcaption>A caption. <small>(AP Photo)</small></figcaption>\n</figure>',
    );
    expect(await html('![A](https://cdn.example/a.jpg)\n\n_A._')).toContain('<figure><img');
  });
});

describe('renderBody: quotes', () => {
  it('sets straight quotes curly in story text, leaving code, «» and languages that quote otherwise alone', async () => {
    const markdown = 'She said "We have never seen it" and it\'s \'rare\'. «Así» `"code"`';
    expect(await html(markdown)).toBe(
      '<p>She said “We have never seen it” and it’s ‘rare’. «Así» <code>"code"</code></p>',
    );
    expect((await renderBody(markdown, '/', 'es')).html).toContain('“We have never seen it”');
    expect((await renderBody('قال "نعم"', '/', 'ar')).html).toBe('<p>قال "نعم"</p>');
  });
});

describe('renderBody: what the sanitiser removes, noted for the editor', () => {
  it('notes an iframe, a script and a javascript: link on their lines, and still removes them', async () => {
    const body = await renderBody(
      'Intro.\n\n<iframe src="https://video.example/embed/1"></iframe>\n\n<script>alert(1)</script>\n\n[Click](javascript:alert(2))\n',
    );
    expect(body.html).not.toMatch(/iframe|script|alert/);
    expect(body.html).toContain('<p><a>Click</a></p>');
    expect(body.notes).toEqual([
      { kind: 'element', tag: 'iframe', whole: true, line: 3 },
      { kind: 'element', tag: 'script', whole: true, line: 5 },
      { kind: 'address', tag: 'a', scheme: 'javascript:', line: 7 },
    ]);
  });

  it('notes nothing the sanitiser keeps', async () => {
    const body = await renderBody(
      '# Head\n\n<b>bold</b> <figure><figcaption>Cap</figcaption></figure> [a](https://x.example) [b](/about/) [c](mailto:d@x.example) [e](#head)\n\n| a |\n| - |\n| b |\n\n- [x] done\n\nNote[^1]\n\n[^1]: A note.\n\n![Local](./harbour.jpg) <img src="/images/x.png" alt="A chart">\n',
      '/',
      'en',
      'content/story.md',
    );
    expect(body.notes).toEqual([]);
  });

  it('notes each element the sanitiser removes, but not what goes with one', async () => {
    const body = await renderBody(
      '<video controls><source src="x.mp4">Fallback</video>\n\n<object><embed src="x"></object>\n',
    );
    expect(body.notes).toEqual([
      { kind: 'element', tag: 'video', whole: false, line: 1 },
      { kind: 'element', tag: 'object', whole: true, line: 3 },
    ]);
  });

  it('tells HTML never closed that hides the markdown after it, on its line', async () => {
    /** The body's notes of hidden markup, in their words, marked when they stop the build. */
    const hidden = async (markup: string) =>
      (await renderBody(`First.\n\n${markup}\n\nThe rest.\n\nMore.\n`)).notes
        .filter((note) => note.kind === 'hidden')
        .map(
          (note) => `${refusedNote(note) ? 'error' : 'warning'} ${note.line} ${noteMessage(note)}`,
        );
    /** What a refusal (or a warning) of markup `what` left open says. */
    const told = (what: string, refused: boolean) =>
      `${refused ? 'error' : 'warning'} 3 ${what} is never closed, so readers do not see the rest of the story (close it with ${what === '<!--' ? '-->' : `</${what.slice(1, -1)}>`}, or delete it)`;
    // Blocks seen gone after the sanitiser: refused.
    for (const [markup, what] of [
      ['<noscript>', '<noscript>'],
      ['<math><mtext><table><mglyph><style><img src=x>', '<style>'],
      ['<math><annotation-xml encoding="text/html"><style>x</annotation-xml></math>', '<style>'],
    ] as const) {
      const body = await renderBody(`First.\n\n${markup}\n\nThe rest.\n\nMore.\n`);
      expect(body.html, markup).not.toContain('The rest.');
      expect(await hidden(markup), markup).toEqual([told(what, true)]);
    }
    expect(await hidden('<plaintext>x</plaintext>')).toEqual([
      'error 3 <plaintext> is never closed, so readers do not see the rest of the story (delete it)',
    ]);
    // Markdown reads the rest as the HTML's own lines, which may be code or the story: a warning.
    for (const [markup, what] of [
      ['<style>', '<style>'],
      ['<textarea>x</textarea', '<textarea>'],
      ['<!-- a note for the desk', '<!--'],
      ['<script>\nvar x = 1;', '<script>'],
    ] as const) {
      expect(await hidden(markup), markup).toEqual([told(what, false)]);
    }
    // In a quote, a list item or a footnote, markdown reads it to the end of that.
    for (const [markdown, line, within] of [
      ['> <!-- desk: check\n>\n> Quoted words.\n\nAfter.', 1, 'quote'],
      ['> Said first.\n> <!-- desk: check\n> Quoted words.\n\nAfter.', 2, 'quote'],
      ['- one\n\n  <!-- check\n\n  Listed words.\n\n- two', 3, 'list item'],
      ['Text.[^1]\n\n[^1]: Source\n\n    <script>\n\n    Noted words.\n\nAfter.', 5, 'footnote'],
    ] as const) {
      const body = await renderBody(markdown);
      expect(body.html, markdown).not.toMatch(/Quoted|Listed|Noted/);
      const what = markdown.includes('<script>') ? '<script>' : '<!--';
      expect(
        body.notes
          .filter((note) => note.kind === 'hidden')
          .map(
            (note) =>
              `${refusedNote(note) ? 'error' : 'warning'} ${note.line} ${noteMessage(note)}`,
          ),
        markdown,
      ).toEqual([
        `warning ${line} ${what} is never closed, so readers do not see the rest of the ${within} (close it with ${what === '<!--' ? '-->' : '</script>'}, or delete it)`,
      ]);
    }
    // `<script … />` closes nothing: the paragraphs up to a later </script> are its text.
    const embed =
      'First.\n\n<script src="https://x.example/a.js" />\n\nThe mayor spoke.\n\n<script async src="https://x.example/w.js"></script>\n\nThe rest.\n';
    const body = await renderBody(embed);
    expect(body.html).not.toContain('The mayor spoke.');
    expect(
      body.notes.filter((note) => note.kind === 'hidden').map((note) => noteMessage(note)),
    ).toEqual([
      '<script> is never closed (a /> at the end of a tag closes no HTML element), so readers do not see the paragraphs after it, up to the next </script> (close it with </script>, or delete it)',
    ]);
    // Left open, an element removed whole takes the next block's words: its end tag closes it.
    for (const [markup, what] of [
      ['<iframe src="https://v.example/x">', 'iframe'],
      ['<title>Notes', 'title'],
      ['<noembed>', 'noembed'],
      ['<div class="embed"><iframe src="https://v.example/x"></div>', 'iframe'],
    ] as const) {
      const body = await renderBody(`First.\n\n${markup}\n\nThe rest.\n\nMore.\n`);
      expect(body.html, markup).not.toContain('The rest.');
      expect(body.html, markup).toContain('More.');
      expect(await hidden(markup), markup).toEqual([
        `error 3 <${what}> is never closed, so readers do not see "The rest." after it (close it with </${what}>, or delete it)`,
      ]);
    }
    // The same in a paragraph, a heading, a table cell or a footnote: the words after it go.
    for (const [markdown, line, what, lost] of [
      [
        'Intro <iframe src="https://v.example/x"> inline words.\n\nNext.',
        1,
        'iframe',
        'inline words.',
      ],
      ['## Result <title>Lost\n\nNext.', 1, 'title', 'Lost'],
      ['| a | b |\n|---|---|\n| x <iframe src="y"> Lost | z |\n\nNext.', 3, 'iframe', 'Lost'],
      ['<div>\n<iframe src="https://v.example/x">\n</div>\n\nLost.\n\nNext.', 2, 'iframe', 'Lost.'],
      ['Text.[^1]\n\n[^1]: Source <iframe src="x"> lost.\n\nNext.', 3, 'iframe', 'lost.'],
      [
        '> Quoted <xmp> Lost words, and more after them, a long line of them that runs on.\n\nNext.',
        1,
        'xmp',
        'Lost words, and more after them, a long line of them that…',
      ],
    ] as const) {
      const body = await renderBody(markdown);
      expect(body.html, markdown).not.toContain(lost.replace('…', ''));
      expect(body.html, markdown).toContain('Next.');
      expect(
        body.notes.filter(refusedNote).map((note) => `${note.line} ${noteMessage(note)}`),
        markdown,
      ).toEqual([
        `${line} <${what}> is never closed, so readers do not see "${lost}" after it (close it with </${what}>, or delete it)`,
      ]);
    }
    // The element left open is the one told, after others closed in the same HTML.
    for (const [markup, what, lost] of [
      [
        '<div class="flourish-embed"><script src="https://x.example/e.js"></script><noscript><img src="https://x.example/a.png" alt="A chart">',
        'noscript',
        'the rest of the story',
      ],
      ['<!-- video --><iframe src="https://v.example/x">', 'iframe', '"The rest." after it'],
      [
        '<script>if (a<b) document.write("<title>")</script><iframe src="https://v.example/x">',
        'iframe',
        '"The rest." after it',
      ],
    ] as const) {
      expect(await hidden(markup), markup).toEqual([
        `error 3 <${what}> is never closed, so readers do not see ${lost} (close it with </${what}>, or delete it)`,
      ]);
    }
    // Words in angle brackets HTML reads as a tag: a note for the desk, said as one.
    expect(
      (await renderBody('Read <title of the report> by the council.\n\nNext.')).notes
        .filter(refusedNote)
        .map((note) => `${note.line} ${noteMessage(note)}`),
    ).toEqual([
      '1 <title of the report> reads as an HTML tag that is never closed, so readers do not see it, nor "by the council." after it: a note for the desk? (write what belongs there, or delete it; to show the brackets, write \\<title of the report>)',
    ]);
    // Bare attributes are markup, not words.
    expect(await hidden('<iframe allowfullscreen>')).toEqual([
      'error 3 <iframe> is never closed, so readers do not see "The rest." after it (close it with </iframe>, or delete it)',
    ]);
    // Words lost are lost though the same words were shown before them.
    expect(
      (
        await renderBody('The vote passed. More to come.\n\n<iframe src="x">\n\nMore to come.\n')
      ).notes
        .filter(refusedNote)
        .map((note) => noteMessage(note)),
    ).toEqual([
      '<iframe> is never closed, so readers do not see the rest of the story (close it with </iframe>, or delete it)',
    ]);
    // Its own fallback words, closed on the same line, go as the sanitiser's warning says.
    expect(
      (
        await renderBody(
          'Video: <iframe src="https://v.example/x"/>Your browser cannot show it.</iframe> Story continues.',
        )
      ).notes.filter(refusedNote),
    ).toEqual([]);
    // Markup it holds, left open itself, is the story's words taken with it.
    expect(
      (await renderBody('Read more <noscript><b>important words\nand more.\n\nNext.')).notes
        .filter(refusedNote)
        .map((note) => noteMessage(note)),
    ).toEqual([
      '<noscript> is never closed, so readers do not see "important words and more." after it (close it with </noscript>, or delete it)',
    ]);
    // Words in markup of its own it holds are its own; the words after that markup are the story's.
    expect(await hidden('<noscript>\n\n<b>Bold</b> words')).toEqual([told('<noscript>', true)]);
    expect(
      (await renderBody('Text.[^1]\n\n[^1]: Source <iframe src="x"> lost words.\n')).notes
        .filter(refusedNote)
        .map((note) => noteMessage(note)),
    ).toEqual([
      '<iframe> is never closed, so readers do not see the rest of the story (close it with </iframe>, or delete it)',
    ]);
    const refused = async (markup: string) =>
      (await renderBody(`First.\n\n${markup}\n\nThe rest.\n\nMore.\n`)).notes.filter(refusedNote);
    // Nothing after it to hide, or what a closed element holds (the sanitiser's warning says so).
    expect(await refused('<!-- closed -->\n\nCode `<!--` in a paragraph.')).toEqual([]);
    expect(await refused('<noscript>\n\nFallback.\n\n</noscript>')).toEqual([]);
    // Closed as the body's last lines: what it holds goes, and the sanitiser's warning says so.
    for (const closed of [
      'First.\n\n<noscript>\n\nFallback.\n\n</noscript>\n',
      'First.\n\n<iframe src="https://v.example/x">\n\nHeld.\n\n</iframe>',
    ]) {
      expect((await renderBody(closed)).notes.filter(refusedNote), closed).toEqual([]);
    }
    // Words run into the text before them by a stray end tag are kept, and nothing is said.
    const merged = await renderBody('<noscript>x</noscript> Then </b> more words.\n');
    expect(merged.html).toContain('more words.');
    expect(merged.notes.filter(refusedNote)).toEqual([]);
    expect(await refused('<iframe src="https://v.example/x">\n\nHeld.\n\n</iframe>')).toEqual([]);
    expect(
      (await renderBody('First.\n\n<iframe src="https://v.example/x" />\n')).notes.filter(
        refusedNote,
      ),
    ).toEqual([]);
    // What browsers show whole is no alarm: a comment that closes at once, or with --!>, or
    // inside another block; <!-- as the text of a <style> or an attribute; an <svg> or <math>
    // left open, which the next paragraph leaves.
    for (const markup of [
      'A comment <!--> closed at once.',
      '<!--->',
      '<!-- desk note --!>',
      '<div class="note"><!-- TODO add box',
      '<style>\n/* <!-- legacy */\np { margin: 0 }\n</style>',
      '<textarea>Write to us <!-- here</textarea>',
      '<abbr title="Use <!-- to open a comment">HTML</abbr>',
      '<svg width="24" height="24"><path d="M0 0h24v24H0z"/>',
      'The formula is <math><mi>x</mi><mo>=</mo><mn>2</mn>',
    ]) {
      const body = await renderBody(`First.\n\n${markup}\n\nThe rest.\n`);
      expect(body.html, markup).toContain('The rest.');
      expect(body.notes.filter(refusedNote), markup).toEqual([]);
    }
    // Closed, or closing itself as SVG may: the rest is kept, and nothing more is said.
    for (const closed of [
      '<noscript>x</noscript>',
      '<svg viewBox="0 0 1 1"/>',
      '<STYLE>p{}</Style>',
    ]) {
      const body = await renderBody(`First.\n\n${closed}\n\nThe rest.\n`);
      expect(body.html, closed).toContain('<p>The rest.</p>');
      expect(body.notes.filter(refusedNote), closed).toEqual([]);
    }
  });

  it('notes body images from another site, markdown and raw HTML alike', async () => {
    const body = await renderBody(
      '![Pixel](https://other.site/x.gif)\n\n<img src="https://other.site/y.png" alt="A map">\n',
    );
    expect(body.html).toContain('<img src="https://other.site/x.gif" alt="Pixel">');
    expect(body.notes).toEqual([
      { kind: 'remote', src: 'https://other.site/x.gif', line: 1, html: false },
      { kind: 'remote', src: 'https://other.site/y.png', line: 3, html: true },
    ]);
  });

  it('notes a body of markup alone that shows readers nothing, on the line where it starts', async () => {
    const notes = async (markdown: string) => (await renderBody(markdown)).notes;
    expect(await notes('\n\n<div></div>\n')).toEqual([{ kind: 'blank', line: 3 }]);
    expect(await notes('<p> </p>\n\n---\n')).toEqual([{ kind: 'blank', line: 1 }]);
    // Removed, and nothing left: both are said.
    expect(await notes('<script>alert(1)</script>\n')).toEqual([
      { kind: 'element', tag: 'script', whole: true, line: 1 },
      { kind: 'blank', line: 1 },
    ]);
    // A blank body is validation's to tell; a picture or a word is something to show.
    expect(await notes('\n<!-- to do -->\n')).toEqual([]);
    expect(await notes('<div><img src="/images/map.png" alt="Map"></div>\n')).toEqual([]);
    expect(await notes('<div>1</div>\n')).toEqual([]);
  });

  it('notes three iframes as three, each on its line', async () => {
    const body = await renderBody(
      '<iframe></iframe>\n\nText.\n\n<iframe></iframe>\n<iframe></iframe>\n',
    );
    expect(body.notes.map((note) => [note.kind, note.line])).toEqual([
      ['element', 1],
      ['element', 5],
      ['element', 6],
    ]);
  });
});

describe('renderBody: prose that markdown reads as something else', () => {
  const slips = async (markdown: string) =>
    (await renderBody(markdown)).notes.filter((note) => note.kind === 'prose slip');
  const long =
    'The council voted on Tuesday to approve bus lanes on Main Street, the first in the city in years, after a debate that ran late.';

  it('notes paragraphs pasted with single line breaks, which run into one', async () => {
    expect(
      await slips(`Intro.\n\n${long}\n"A good day," said the mayor.\nWork starts in May.\n`),
    ).toEqual([{ kind: 'prose slip', slip: 'run together', line: 3, count: 3 }]);
    // In any script: a CJK full stop ends a sentence, and a script with no capitals starts one.
    expect(await slips(`${long}\n市议会周二投票通过了公交专用道。\n`)).toHaveLength(1);
  });

  it('leaves text wrapped on purpose: mid-sentence, after Mr. or initials, or with a hard break', async () => {
    expect(await slips(`${long.slice(0, 60)}\n${long.slice(60)}\n`)).toEqual([]);
    expect(await slips(`${long} It was Mr.\nSmith who spoke, and U.S.\nofficials too.\n`)).toEqual(
      [],
    );
    expect(await slips(`${long}\\\nThe harbour\n`)).toEqual([]);
    expect(await slips(`${long}  \nSecond line.\n`)).toEqual([]);
    // Short lines, a sentence each: verse, or a writer's one sentence a line.
    expect(await slips('The sea rose.\nThe wall held.\n')).toEqual([]);
    // Wrapped at 80 columns, one line long only for its link's address.
    const link = `See [the plan](https://city.example/${'documents/'.repeat(8)}plan.pdf).`;
    expect(await slips(`${link}\nThe company did not say more.\n`)).toEqual([]);
  });

  it('notes a heading with no space after its #, and leaves a hashtag line, #1 and a sentence', async () => {
    const unspaced = await slips('##Reaction\n\nText.\n\n#Storm closes the coast road\n');
    expect(unspaced).toEqual([
      { kind: 'prose slip', slip: 'unspaced #', line: 1 },
      { kind: 'prose slip', slip: 'unspaced #', line: 5 },
    ]);
    expect(noteMessage(unspaced[0]!)).toBe(
      'this line starts with # and no space after it, so it is printed as typed, # and all, not as a heading (for a heading, put a space after the #: ## Like this)',
    );
    expect(
      await slips('#Vote #Election2026\n\n#1 seed out\n\n#MeToo grew fast.\n\n## Reaction\n'),
    ).toEqual([]);
  });

  it('leaves bullets each on a line of its own, dialogue dashes, and code indented as code', async () => {
    expect(await slips('• bus lanes\\\n• new shelters\\\n• more buses\n')).toEqual([]);
    expect(await slips('– ¿Adónde va usted?\\\n– A casa.\n')).toEqual([]);
    expect(
      await slips('1. Run it:\n\n        $ npm run build\n\nThen:\n\n    const x = f(1);\n'),
    ).toEqual([]);
  });

  it('notes lines begun with a bullet, an indented paragraph and a heading made by its underline', async () => {
    const bullets = await slips('The plan:\n• bus lanes\n• new shelters\n');
    expect(bullets).toEqual([{ kind: 'prose slip', slip: 'bullets', line: 1, count: 3 }]);
    expect(noteMessage(bullets[0]!)).toBe(
      'these 3 lines run together into one paragraph: a line begun with • is no list item (begin each with - and a space, and leave a blank line above the list)',
    );
    expect(await slips(`Intro.\n\n    ${long}\n`)).toEqual([
      { kind: 'prose slip', slip: 'indented', line: 3 },
    ]);
    expect(await slips('Reaction was mixed\n---\n\nText.\n\nTitle\n===\n')).toEqual([
      { kind: 'prose slip', slip: 'underlined -', line: 2 },
      { kind: 'prose slip', slip: 'underlined =', line: 7 },
    ]);
    // Written as meant: a fenced block of code, a rule after a blank line, a list, a ## heading.
    expect(
      await slips(
        '```\ncode\n```\n\n> ```\n> quoted code\n> ```\n\nText.\n\n---\n\n- one\n- two\n\n## Heading\n',
      ),
    ).toEqual([]);
  });
});

describe('renderBody: links and pictures markdown prints as typed', () => {
  const unmade = async (markdown: string) =>
    (await renderBody(markdown)).notes
      .filter((note) => note.kind === 'unmade link')
      .map((note) => noteMessage(note));

  it('notes an address with a space, a space before the address, and a link written backwards', async () => {
    expect(
      await unmade(
        'Lanes. ![A red lane](./bus lane.png) and [the plan] (https://city.example/plan.pdf).\n\nAs (we reported)[/articles/vote/], [see](https://x.example/my plan.pdf).\n',
      ),
    ).toEqual([
      '"![A red lane](./bus lane.png)" is printed as typed: an address cannot hold a space (rename the file without spaces, as bus-lane.png, or put the address between < and >: ![A red lane](<./bus lane.png>))',
      '"[the plan] (https://city.example/plan.pdf)" is printed as typed: markdown makes no link with a space between ] and ( (delete the space: [the plan](https://city.example/plan.pdf))',
      '"(we reported)[/articles/vote/]" is printed as typed: a link is written with its words in [ ] first, then the address in ( ) (write it as [we reported](/articles/vote/))',
      '"[see](https://x.example/my plan.pdf)" is printed as typed: an address cannot hold a space (write each space as %20: [see](https://x.example/my%20plan.pdf))',
    ]);
  });

  it("notes a picture's file name with a space, and a link's, written without ./", async () => {
    expect(
      await unmade(
        '![A red lane](Bus Lane.JPG)\n\nSee [the plan](annual plan.pdf) [sic](as said).\n',
      ),
    ).toEqual([
      '"![A red lane](Bus Lane.JPG)" is printed as typed: an address cannot hold a space (rename the file without spaces, as bus-lane.png, or put the address between < and >: ![A red lane](<Bus Lane.JPG>))',
      '"[the plan](annual plan.pdf)" is printed as typed: an address cannot hold a space (rename the file without spaces, as bus-lane.png, or put the address between < and >: [the plan](<annual plan.pdf>))',
    ]);
  });

  it("notes a link's title in a word processor's curly quotes", async () => {
    expect(await unmade('See [the plan](https://city.example/plan.pdf “The plan”).\n')).toEqual([
      '"[the plan](https://city.example/plan.pdf “The plan”)" is printed as typed: a link\'s title goes between straight quotes, not curly ones (write [the plan](https://city.example/plan.pdf "The plan"))',
    ]);
  });

  it('leaves links made as written: with a title, in angle brackets, in code, or words in brackets', async () => {
    expect(
      await unmade(
        '[a](https://x.example "A title") ![b](<./bus lane.png>) `[c] (https://x.example)` [sic] (as said) (a)[b]\n\n```\n[d] (https://x.example)\n```\n',
      ),
    ).toEqual([]);
  });
});

describe('renderBody: notes for the desk left in the copy', () => {
  const told = async (markdown: string) =>
    (await renderBody(markdown)).notes
      .filter((note) => note.kind === 'desk note' || note.kind === 'element')
      .map((note) => `${note.line} ${noteMessage(note)}`);

  it('notes TK, a bracketed note in capitals and words in angle brackets, on their lines', async () => {
    expect(
      await told(
        'The vote was TK.\n\nSaid [CHECK NAME SPELLING]\nand <insert quote from mayor> too.\n\n`TK` in code.\n',
      ),
    ).toEqual([
      '1 "TK" is a note for the desk, left where readers would see it (write what belongs there, or delete it)',
      '3 "[CHECK NAME SPELLING]" is a note for the desk, left where readers would see it (write what belongs there, or delete it)',
      '4 <insert quote from mayor> reads as an HTML tag, so it is removed and none of its words are shown: a note for the desk? (write what belongs there, or delete it; to show the brackets, write \\<insert quote from mayor>)',
    ]);
  });

  it('tells an HTML element the page does not keep as markup, bare attributes and all', async () => {
    expect(await told('<video controls autoplay muted></video>\n')).toEqual([
      '1 <video> is removed: embeds do not run on this site (link to the video instead: [Watch the video](https://…))',
    ]);
  });

  it('tells a written <picture> once, and what to write instead', async () => {
    expect(
      await told(
        '<picture><source srcset="https://tracker.example/a.gif"><img src="./pier.jpg" alt="The pier"></picture>\n',
      ),
    ).toEqual([
      "1 <picture> is removed: the site makes each photo's sizes itself, and a <source> could load pictures from another site (write the photo alone, beside the story: ![…](./photo.jpg))",
    ]);
  });
});

describe('renderBody: an address pasted in quotes', () => {
  it('tells the address within, which the link would have kept', async () => {
    const notes = (await renderBody('The [plan](“https://city.example/plan.pdf”).\n')).notes;
    expect(notes.map((note) => noteMessage(note))).toEqual([
      "the link's address is in quotes, which are read as part of it, so it is removed (write it without them: […](https://city.example/plan.pdf))",
    ]);
  });
});
