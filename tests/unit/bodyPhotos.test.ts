import { describe, expect, it } from 'vitest';
import { PHOTO_MARKER, photoMarker, withPhotos } from '../../src/lib/bodyPhotos.ts';

describe('body photo markers', () => {
  const body = {
    html: `<p>x</p><!--${photoMarker(0)}--><figure><!--${photoMarker(1)}--><figcaption>C</figcaption></figure>`,
    photos: [{ alt: 'A > B' }, { alt: 'C' }],
  };

  it('are replaced in place by what is made of their photo, the rest of the body untouched', () => {
    expect(withPhotos(body, (photo, i) => `[${i}:${photo.alt}]`)).toBe(
      '<p>x</p>[0:A > B]<figure>[1:C]<figcaption>C</figcaption></figure>',
    );
    expect(PHOTO_MARKER.test(`<!--${photoMarker(12)}-->`)).toBe(true);
  });

  it('leave a body without photos as it is, and refuse a marker with no photo', () => {
    expect(
      withPhotos({ html: '<p>&lt;!--dateline-photo 0--&gt;</p>', photos: [] }, () => 'x'),
    ).toBe('<p>&lt;!--dateline-photo 0--&gt;</p>');
    expect(() => withPhotos({ html: `<!--${photoMarker(3)}-->`, photos: [{}] }, () => 'x')).toThrow(
      /marks photo 3/,
    );
    const twice = `<!--${photoMarker(0)}--><!--${photoMarker(0)}-->`;
    expect(() => withPhotos({ html: twice, photos: [{}] }, () => 'x')).toThrow(/photo 0 twice/);
  });

  it('are never read in an attribute, where a marker’s quotes are written as references', () => {
    const html = `<a title="<!--dateline-photo &#x22;0&#x22;-->"></a><!--${photoMarker(0)}-->`;
    expect(withPhotos({ html, photos: [{}] }, () => '<picture>')).toBe(
      '<a title="<!--dateline-photo &#x22;0&#x22;-->"></a><picture>',
    );
  });
});
