/**
 * What Netlify does with the host files the build writes, by Netlify's own parsers: the headers
 * a path is sent (every matching rule in order, a later value for the same header winning, as
 * Netlify's CLI serves them) and the redirect rules in the order Netlify tries them.
 */
import { type Header, parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';

/** The headers Netlify sends for each path, from a `_headers` file. */
export async function netlifyHeaders(
  file: string,
): Promise<(path: string) => Record<string, string>> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [file],
    minimal: false,
    configHeaders: [],
  });
  if (errors.length > 0) throw new Error(`_headers: ${errors.map(String).join('; ')}`);
  return (path) =>
    Object.assign(
      {},
      ...(headers as Header[])
        .filter((rule) => rule.forRegExp.test(path))
        .map((rule) => rule.values),
    ) as Record<string, string>;
}

/** One redirect rule as Netlify reads it. */
export interface NetlifyRedirect {
  from: string;
  to: string;
  status?: number | undefined;
  force: boolean;
}

/** The redirect rules of a `_redirects` file, as Netlify reads them, in order. */
export async function netlifyRedirects(file: string): Promise<NetlifyRedirect[]> {
  const { redirects, errors } = await parseAllRedirects({
    redirectsFiles: [file],
    minimal: false,
    configRedirects: [],
  });
  if (errors.length > 0) throw new Error(`_redirects: ${errors.map(String).join('; ')}`);
  return (redirects as NetlifyRedirect[]).map(({ from, to, status, force }) => ({
    from,
    to,
    status,
    force,
  }));
}
