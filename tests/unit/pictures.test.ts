import { describe, expect, it } from 'vitest';
import { columnPicture } from '../../src/lib/photoSizes.ts';
import { escapeAttribute, pictureHtml } from '../../src/lib/pictures.ts';

const set = columnPicture(
  { key: 'content/a.jpg', width: 700, height: 350, format: 'jpeg', digest: 'd' },
  's',
);
const url = (name: string) => `/news/photos/${name}`;

describe('pictures', () => {
  it('offer AVIF and WebP first, with a sized fallback that loads lazily', () => {
    const html = pictureHtml(set, { url, sizes: '100vw', alt: 'A' });
    expect(html).toMatch(
      /^<picture><source type="image\/avif" srcset="\/news\/photos\/a-360x180-\w+\.avif 360w, \/news\/photos\/a-640x320-\w+\.avif 640w" sizes="100vw"><source type="image\/webp" [^>]+><img src="\/news\/photos\/a-640x320-\w+\.jpg" srcset="[^"]+ 360w, [^"]+ 640w" sizes="100vw" width="640" height="320" loading="lazy" decoding="async" alt="A"><\/picture>$/,
    );
    expect(pictureHtml(set, { url, sizes: '1px', alt: '', priority: true })).toContain(
      'loading="eager" fetchpriority="high"',
    );
  });

  it('escape every attribute, so an alt text or a title never ends the element', () => {
    const hostile = 'A thermometer showing > 40 °C & "hot" </picture><script>x()</script>';
    const html = pictureHtml(set, { url, sizes: '1px', alt: hostile, title: `it's <b>` });
    expect(html).toContain(`alt="${escapeAttribute(hostile)}"`);
    expect(html).not.toContain('<script>');
    expect(html.match(/<\/picture>/g)).toHaveLength(1);
    expect(html.match(/</g)).toHaveLength(html.match(/>/g)!.length);
    expect(escapeAttribute('<a href="x">&</a>')).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;',
    );
  });
});
