/**
 * The problems of the dev server's last content sync, as it printed them, for its pages to show
 * (see src/components/DevProblems.astro): an editor watching the browser sees what the terminal
 * says. (Astro reloads the open pages after every sync.) The loader and the pages are loaded
 * apart (Astro's content layer and Vite's module runner), so the lines live on `globalThis`,
 * shared by the one process. Builds never set them.
 */

const SHARED = Symbol.for('dateline.devProblems');

/** The shared record, made on first use. */
function shown(): { lines: readonly string[] } {
  const shared = globalThis as { [SHARED]?: { lines: readonly string[] } };
  return (shared[SHARED] ??= { lines: [] });
}

/** Records the last sync's problem lines; none when it had none. */
export function showInDev(lines: readonly string[]): void {
  shown().lines = [...lines];
}

/** The last sync's problem lines, as the terminal printed them. */
export function devProblemLines(): readonly string[] {
  return shown().lines;
}
