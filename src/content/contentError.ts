/** Thrown when the content has errors: its message is the whole report, one problem a line. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    // The report is the whole story: a stack trace into the loader would only bury it, and
    // Astro prints a "Stack trace:" heading for any error that has one, even an empty trace.
    this.stack = '';
  }
}
