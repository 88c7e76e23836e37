import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from '../lib/problems.ts';

/** Front matter read from one file: its fields, where each sits, and what was wrong. */
export interface FrontmatterRead {
  /** The fields as plain data; `undefined` when the block could not be read. */
  data: Record<string, unknown> | undefined;
  /** The 1-based file line of a field (`['image', 'alt']`), or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  problems: Problem[];
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** Reads the YAML 1.2 block between the opening and closing `---` lines of `text` (LF-only). */
export function readFrontmatter(text: string, file: string): FrontmatterRead {
  const problem = (message: string, line = 1): Problem => ({
    file,
    line,
    field: 'front matter',
    message,
    severity: 'error',
  });
  const lines = text.split('\n');
  const none = (p: Problem): FrontmatterRead => ({ data: undefined, lineOf: () => 1, problems: [p] });
  if (!FENCE.test(lines[0] ?? '')) {
    return none(
      problem('is missing (start the file with a --- line, then title: and date: lines, then ---)'),
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && CLOSING_FENCE.test(line));
  if (close === -1) {
    return none(problem('is not closed (add a --- line after the last field)'));
  }
  // YAML 1.2 core schema: dates stay strings, `yes` stays a string (not true).
  const lineCounter = new LineCounter();
  const yamlText = lines.slice(1, close).join('\n');
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: true });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    return {
      data: undefined,
      lineOf: () => 1,
      problems: doc.errors.map((error) => {
        const [pos] = error.linePos ?? [];
        const at = pos ? ` at column ${pos.col}` : '';
        const firstLine = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return problem(
          `is not valid YAML${at}: ${firstLine} (write one field a line, as name: value)`,
          pos ? pos.line + 1 : 1,
        );
      }),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    return none(problem('expected fields such as title: and date:, one a line'));
  }
  return {
    data: (data ?? {}) as Record<string, unknown>,
    lineOf: (path) => lineOfPath(doc, path, fileLine),
    problems: [],
  };
}

/** The file line of the deepest key along `path` that exists (the fence line when none does). */
function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  fileLine: (offset: number) => number,
): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    line = fileLine(pair.key.range[0]);
    node = pair.value;
  }
  return line;
}
