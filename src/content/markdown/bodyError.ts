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

/** What to say of a body that failed to render with `error`: the build's and the CMS's words. */
export function renderFailureMessage(error: unknown): string {
  if (error instanceof BodyError) return error.message;
  if (error instanceof RangeError) {
    return `is nested too deeply to render (at most ${MAX_NESTING} levels of quotes, lists or elements)`;
  }
  const reason = error instanceof Error ? error.message : String(error);
  return `could not be rendered: ${reason.split('\n')[0]} (simplify the markup near it)`;
}
