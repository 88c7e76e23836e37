/** A body that cannot be rendered as written, and how deep a body may nest. */

/** How deep quotes, lists, emphasis and HTML elements may nest; no story needs more. */
export const MAX_NESTING = 100;

/** A body that cannot be rendered as written: the message says what to change. */
export class BodyError extends Error {
  override name = 'BodyError';
  /** The 1-based line in the body, where known. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

/** What to say of a body nested `depth` levels deep. */
export const nestingMessage = (depth: string) =>
  `nests quotes, lists or elements ${depth} levels deep (at most ${MAX_NESTING}: flatten the structure)`;
