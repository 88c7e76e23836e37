import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share.ts';

describe('shareLinks', () => {
  const links = shareLinks('https://news.example/articles/a/?x=1&y=2', 'Storm & "flood" <now>');

  it('offers email, Bluesky, LinkedIn, WhatsApp, X and Facebook', () => {
    expect(links.map((link) => link.name)).toEqual([
      'Email',
      'Bluesky',
      'LinkedIn',
      'WhatsApp',
      'X',
      'Facebook',
    ]);
  });

  it('escapes the URL and the headline into each link', () => {
    for (const { href } of links) {
      expect(href).not.toMatch(/[ "<>]/);
      expect(href).toContain(
        encodeURIComponent('https://news.example/articles/a/?x=1&y=2').slice(0, 20),
      );
    }
    expect(links[0]!.href).toBe(
      'mailto:?subject=Storm%20%26%20%22flood%22%20%3Cnow%3E&body=https%3A%2F%2Fnews.example%2Farticles%2Fa%2F%3Fx%3D1%26y%3D2',
    );
    expect(new URL(links[4]!.href).searchParams.get('text')).toBe('Storm & "flood" <now>');
  });
});
