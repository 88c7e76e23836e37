/** One rule of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file (Netlify / Cloudflare Pages format): a path line, then indented headers. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon === -1)
      throw new Error(`_headers: a header line outside a rule: ${line.trim()}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (`/articles/*`) matches a request path. */
export function matchesPattern(pattern: string, path: string): boolean {
  const regex = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${regex.join('.*')}$`).test(path);
}

/** Every header the rules send for a path, in file order, as a host applies them. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => matchesPattern(rule.pattern, path)).flatMap((rule) => rule.headers);
}

/** The same rules with every path moved under `base` (`/articles/*` → `/news/articles/*`). */
export function rebaseHeadersFile(text: string, base: string): string {
  if (base === '/') return text;
  return text.replace(/^\/(.*)$/gm, (_, rest: string) => `${base}${rest}`);
}
