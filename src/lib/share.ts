/** A share link: where it goes and what it says. */
export interface ShareLink {
  /** The service, as the link's text: "Email", "Bluesky", … */
  name: string;
  href: string;
}

/**
 * Share links for a story: plain links built from its absolute URL and headline, so sharing
 * needs no script and no request goes to another site until a reader clicks one.
 */
export function shareLinks(url: string, title: string, email = 'Email'): ShareLink[] {
  const q = encodeURIComponent;
  const both = `${title} ${url}`;
  return [
    { name: email, href: `mailto:?subject=${q(title)}&body=${q(url)}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(both)}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${q(both)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
  ];
}
