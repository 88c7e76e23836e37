/**
 * Decap's routes that draw a list of entries, by the address's hash: a collection's list, the
 * list filtered or grouped, and search results (not an entry open, nor a new one).
 */

/** Whether the hash `hash` (`#/collections/articles`) opens a list of entries. */
export function isListRoute(hash: string): boolean {
  return /^#\/(?:collections\/[^/?#]+(?:\/(?:filter|group|search)\/[^?#]*)?\/?|search\/[^?#]*)(?:\?.*)?$/.test(
    hash,
  );
}
