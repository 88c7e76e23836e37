/**
 * decap-server's log as `npm run cms` shows it. Decap asks for a photo by its name beside the
 * story before it knows where the photo is (a thumbnail, a photo in a folder of the story's
 * own), and decap-server logs each answer "not there" as an error, in red: an editor reads a
 * failure where nothing failed. Every other line is shown as it comes.
 */

/** Whether a line of decap-server's log is a photo looked for and not there, which nothing needs. */
export function isPhotoNotThere(line: string): boolean {
  // Its colours, which it writes to a pipe too.
  const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
  // Its request's fields in either order: with a branch (`{"branch":"main","action":…`) or not.
  return /^error: Error handling \{(?:[^{}]*,)?"action":"getMediaFile"[,}].*: ENOENT: /.test(plain);
}
