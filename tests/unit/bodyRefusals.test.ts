import { describe, expect, it } from 'vitest';
import { bodyRefusals, bodyVerdict } from '../../src/cms/bodyRefusals.ts';
import { BIO } from '../../src/content/bodyNotes.ts';

const FILE = 'content/2026/05/ferry/ferry.md';
const EXAMPLE = 'Waves over the sea wall';

describe('bodyRefusals', () => {
  it('refuses a photo with no alt text, as Rich Text writes one, in the build words', async () => {
    const body =
      'The ferry left.\n\n![](up-body.jpg)\n\n<img src="./deck.jpg">\n\n![The pier](./pier.jpg)\n';
    expect(await bodyRefusals(body, FILE, 'en', EXAMPLE)).toEqual([
      '![](up-body.jpg) has no alt text (describe the picture: ![Waves over the sea wall](up-body.jpg))',
      '<img src="./deck.jpg"> has no alt text (describe the picture: add alt="…", e.g. <img src="./deck.jpg" alt="Waves over the sea wall">)',
    ]);
  });

  it("passes a body the build publishes, in any language, and another site's picture", async () => {
    const body =
      'Le ferry est parti.\n\n![Le quai](./quai.jpg)\n\n![](https://example.com/a.jpg)\n';
    expect(await bodyRefusals(body, FILE, 'fr', EXAMPLE)).toEqual([]);
    expect(await bodyRefusals('', FILE, 'xx', EXAMPLE)).toEqual([]);
  });

  it('refuses an element never closed, which takes the rest of the story or bio with it', async () => {
    const body = 'The ferry left.\n\n<noscript>\n\nThe rest of the story.\n';
    expect(await bodyRefusals(body, FILE, 'en', EXAMPLE)).toEqual([
      '<noscript> is never closed, so readers do not see the rest of the story (close it with </noscript>, or delete it)',
    ]);
    expect((await bodyRefusals(body, 'content/authors/jane.md', 'en', EXAMPLE, BIO))[0]).toContain(
      'readers do not see the rest of the profile',
    );
  });

  it('refuses a body nested too deeply to render', async () => {
    const [told] = await bodyRefusals(`${'>'.repeat(150)} deep\n`, FILE, 'en', EXAMPLE);
    expect(told).toMatch(/levels deep|nested too deeply/);
  });

  it('gives what the build removes as a warning, not a refusal, in its words', async () => {
    const body = 'Hello readers.\n\n<script>alert(1)</script>\n\nMore text.\n';
    const verdict = await bodyVerdict(body, FILE, 'en', EXAMPLE);
    expect(verdict.refusals).toEqual([]);
    expect(verdict.warnings).toHaveLength(1);
    expect(verdict.warnings[0]).toMatch(/^<script> is removed: a story cannot run script/);
    expect(await bodyRefusals(body, FILE, 'en', EXAMPLE)).toEqual([]);
  });
});
