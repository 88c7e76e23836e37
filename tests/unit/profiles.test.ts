import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuthors } from '../../src/content/profiles.ts';
import { withBodyWords } from '../../src/content/sync.ts';
import { formatProblem } from '../../src/lib/problems.ts';

async function site(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'dateline-authors-'));
  await mkdir(join(root, 'content/authors'), { recursive: true });
  await mkdir(join(root, 'public'));
  await writeFile(join(root, 'public/jane.jpg'), 'not really a photo');
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(root, 'content/authors', name), text);
  }
  return root;
}

/** The profiles of a site holding `files`, read as a build reads them (base `/` unless given). */
async function profiles(files: Record<string, string>, base = '/') {
  return readAuthors(await site(files), ['content'], withBodyWords({ base, timeZone: 'UTC' }));
}

describe('readAuthors', () => {
  it('reads a profile: name, role, photo under the base, links and the bio as safe HTML', async () => {
    const { authors, problems } = await profiles(
      {
        'jane-doe.md':
          '---\nname: Jane Doe\nrole: Science editor\nphoto: { src: /jane.jpg, alt: Jane Doe }\nlinks: [https://example.org/jane]\n---\n\nWrites about <b onclick="x()">science</b>.\n',
      },
      '/news/',
    );
    // The handler goes, and the editor hears of it on its line, as in a story.
    expect(problems.map(formatProblem)).toEqual([
      'content/authors/jane-doe.md:8 body: onclick="…" is removed from <b>: a bio cannot run script (link to where it runs instead: [See the live results](https://…))',
    ]);
    expect(authors).toEqual([
      {
        slug: 'jane-doe',
        name: 'Jane Doe',
        role: 'Science editor',
        photo: { src: '/news/jane.jpg', alt: 'Jane Doe', written: '/jane.jpg' },
        nameLine: 2,
        photoLine: 4,
        links: ['https://example.org/jane'],
        bio: '<p>Writes about <b>science</b>.</p>',
        bioPhotos: [],
        filePath: 'content/authors/jane-doe.md',
      },
    ]);
  });

  it('reports every problem of every profile at once', async () => {
    const { problems } = await profiles({
      'a.md': '---\nrole: No name\nlinks: [http://insecure.example]\n---\n',
      'b.md': '---\nname: B\nphoto: { src: /missing.jpg, alt: B }\n---\n',
      'c.md': '---\nname: Jane\n---\n',
      'jane.md': '---\nname: Jane\n---\n',
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/authors/a.md:1 name: is required (e.g. name: Jane Doe)',
      'content/authors/a.md:3 links, 1st entry: "http://insecure.example" is not an https address (write it as https://insecure.example)',
      'content/authors/b.md:3 photo.src: "/missing.jpg" is not a file in public/ (add it, or correct the path)',
      'content/authors/jane.md:2 name: "Jane" (jane) is also the profile in content/authors/c.md (one profile a person)',
    ]);
  });

  it('tells a link that is not an https address with the address to write', async () => {
    const { problems } = await profiles({
      'a.md': [
        '---',
        'name: A',
        'links:',
        '  - bsky.app/profile/a.example',
        '  - https//a.example/about',
        '  - desk@a.example',
        '  - https://a.example/my page',
        '  - ftp://a.example/',
        '---',
      ].join('\n'),
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/authors/a.md:4 links, 1st entry: "bsky.app/profile/a.example" is not an https address (write it as https://bsky.app/profile/a.example)',
      'content/authors/a.md:5 links, 2nd entry: "https//a.example/about" is not an https address (write it as https://a.example/about)',
      'content/authors/a.md:6 links, 3rd entry: "desk@a.example" is an email address, which links do not take (give it in the bio: [Email](mailto:desk@a.example))',
      'content/authors/a.md:7 links, 4th entry: "https://a.example/my page" has a space in it, which no address has (copy the address from the browser)',
      'content/authors/a.md:8 links, 5th entry: "ftp://a.example/" is not an https address (e.g. https://bsky.app/profile/…)',
    ]);
  });

  it('warns of a portrait whose alt text says nothing of it', async () => {
    const { problems } = await profiles({
      'a.md': '---\nname: A\nphoto:\n  src: https://a.example/a.jpg\n  alt: photo\n---\n',
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/authors/a.md:5 photo.alt: "photo" is only a word for a picture, which tells readers who cannot see the picture nothing (say what it shows: "Waves break over the sea wall")',
    ]);
  });

  it('refuses a misspelt field of the portrait, on its line', async () => {
    const { problems } = await profiles({
      'jane-doe.md':
        '---\nname: Jane Doe\nphoto:\n  src: /jane.jpg\n  alt: Jane Doe\n  atl: Jane\n---\n',
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/authors/jane-doe.md:6 photo.atl: is not a known field: did you mean alt? (alt: is on line 5 already: keep one of the two)',
    ]);
  });

  it('tells a story saved among the profiles as that, once', async () => {
    const { problems } = await profiles({
      'storm.md': '---\ntitle: Storm hits the coast\ndate: 2025-04-18\n---\nWaves rose.\n',
    });
    expect(problems.map(formatProblem)).toEqual([
      "content/authors/storm.md:2 front matter: is a story's, with title: and date:, in content/authors/, which holds author profiles (move the file to another folder under the content folder; a profile starts with name:)",
    ]);
  });

  it('refuses a misspelt field of the profile itself, and only warns of an unknown one', async () => {
    const { problems } = await profiles({
      'jane-doe.md': '---\nnmae: Jane Doe\nrol: Reporter\nemail: j@x\n---\n',
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/authors/jane-doe.md:2 nmae: is not a known field: did you mean name? (rename it name:, or the profile is published without its name)',
      'content/authors/jane-doe.md:3 rol: is not a known field: did you mean role? (rename it role:, or the profile is published without its role)',
      'content/authors/jane-doe.md:4 email: is not a known field and is ignored (known fields: name, role, photo, links)',
    ]);
    expect(problems.map((problem) => problem.severity)).toEqual(['error', 'error', 'warning']);
  });

  it('warns of what a bio loses, each on its line: an embed, a footnote with no note', async () => {
    const { authors, problems } = await profiles({
      'jane-doe.md':
        '---\nname: Jane Doe\n---\n\nJane reports on science.[^1]\n\n<iframe src="https://video.example/x"></iframe>\n\n<svg></svg>\n',
    });
    expect(authors.map((author) => author.name)).toEqual(['Jane Doe']);
    expect(problems.map(formatProblem)).toEqual([
      'content/authors/jane-doe.md:5 body: [^1] has no footnote, so it prints as typed (add one below the text: [^1]: The note., or delete the mark)',
      'content/authors/jane-doe.md:7 body: <iframe> is removed: embeds do not run on this site (link to the video instead: [Watch the video](https://…))',
      'content/authors/jane-doe.md:9 body: <svg> is removed: drawings and formulas written as markup are not shown (put a picture of it beside the profile: ![…](./chart.png))',
    ]);
  });

  it('refuses a bio whose rest is hidden by an element never closed, on its line', async () => {
    const { problems } = await profiles({
      'jane-doe.md': '---\nname: Jane Doe\n---\n\nJane reports.\n\n<noscript>\n\nOn the desk.\n',
    });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({
        line: 7,
        severity: 'error',
        message: expect.stringContaining('readers do not see the rest of the profile'),
      }),
    ]);
  });

  it("keeps the bio's links to pages of the site with their lines in the file, for the sync to check", async () => {
    const { authors } = await profiles({
      'jane-doe.md':
        '---\nname: Jane Doe\n---\n\nRead [her series](/articles/deep-sea/)\nand [more](https://example.org/).\n\nOn [the desk](../ana-ruiz/).\n',
    });
    expect(authors[0]!.bioLinks).toEqual([
      { href: '/articles/deep-sea/', line: 5 },
      { href: '../ana-ruiz/', line: 8 },
    ]);
  });

  it('names every bio photo without alt text, in the way it is written', async () => {
    const { problems } = await profiles({
      'jane-doe.md': '---\nname: Jane Doe\n---\n\n![](./a.jpg)\n\n<img src="./b.jpg">\n',
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/authors/jane-doe.md:5 body: ![](./a.jpg) has no alt text (describe the picture: ![A portrait of Jane Doe](./a.jpg))',
      'content/authors/jane-doe.md:7 body: <img src="./b.jpg"> has no alt text (describe the picture: add alt="…", e.g. <img src="./b.jpg" alt="A portrait of Jane Doe">)',
    ]);
  });
});
