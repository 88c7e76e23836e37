/**
 * Where the CMS saves and how editors sign in: Decap's backend, from the deploy pipeline's
 * environment, and the origins the CMS page may talk to (its policy allows them).
 */

/** Where the CMS saves, and how editors sign in. */
export interface CmsBackend {
  /** Decap's backend: `github`, `git-gateway` (Netlify), `gitlab`, … */
  name: string;
  /** `owner/name` of the repository, for the GitHub and GitLab backends. */
  repo?: string | undefined;
  branch: string;
  /** The OAuth server that signs editors in to GitHub (`base_url`), when it is not Netlify's. */
  authUrl?: string | undefined;
  /** Saves go through draft → in review → ready as pull requests, where the backend has them. */
  workflow: boolean;
  /** decap-server's address, when the CMS saves to the local folder (`npm run cms`). */
  localUrl?: string | undefined;
}

/**
 * Whether saves go through Decap's editorial workflow (pull requests, merged by Publish): only
 * where the backend has them, so never in the local folder.
 */
export const usesWorkflow = (backend: CmsBackend): boolean => backend.workflow && !backend.localUrl;

/** Where each backend's repositories live, to read `owner/name` from a repository's address. */
const REPOSITORY_HOSTS: Readonly<Record<string, string>> = {
  github: 'github.com',
  gitlab: 'gitlab.com',
  bitbucket: 'bitbucket.org',
};

/**
 * The `owner/name` of the repository a build runs from, on backend `name`'s host, as the build's
 * CI names it: GitHub Actions (`GITHUB_REPOSITORY`), GitLab CI (`CI_PROJECT_PATH`), Netlify
 * (`REPOSITORY_URL`, an address that may carry a token: only its path is kept).
 */
export function ciRepository(
  name: string,
  env: Record<string, string | undefined>,
): string | undefined {
  const host = REPOSITORY_HOSTS[name];
  if (!host) return undefined;
  if (name === 'github' && env.GITHUB_REPOSITORY?.trim()) return env.GITHUB_REPOSITORY.trim();
  if (name === 'gitlab' && env.CI_SERVER_HOST === host && env.CI_PROJECT_PATH?.trim()) {
    return env.CI_PROJECT_PATH.trim();
  }
  // `https://x-access-token:…@github.com/owner/name`, or `git@github.com:owner/name.git`.
  const address = /^[^@/]+@([^:/]+):(.+)$/.exec(env.REPOSITORY_URL?.trim() ?? '');
  let path: string | undefined;
  if (address?.[1] === host) path = address[2];
  else if (URL.canParse(env.REPOSITORY_URL ?? '')) {
    const url = new URL(env.REPOSITORY_URL!);
    if (url.hostname === host) path = url.pathname;
  }
  const repo = path?.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  return repo && /^[^/\s]+(?:\/[^/\s]+)+$/.test(repo) ? repo : undefined;
}

/** Where the CMS saves and how editors sign in, from the deploy pipeline's environment. */
export function cmsBackendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const name = env.DATELINE_CMS_BACKEND?.trim() || 'github';
  return {
    name,
    repo: env.DATELINE_CMS_REPO?.trim() || ciRepository(name, env),
    branch: env.DATELINE_CMS_BRANCH?.trim() || 'main',
    authUrl: env.DATELINE_CMS_AUTH_URL?.trim() || undefined,
    workflow: env.DATELINE_CMS_WORKFLOW?.trim() !== 'off',
    localUrl: env.DATELINE_CMS_LOCAL?.trim() || undefined,
  };
}

/** The origins the CMS page talks to besides its own: the backend's API and decap-server. */
export function cmsOrigins(backend: CmsBackend): string[] {
  const origins = new Set<string>();
  if (backend.localUrl) origins.add(new URL(backend.localUrl).origin);
  if (backend.name === 'github') origins.add('https://api.github.com');
  if (backend.name === 'gitlab') origins.add('https://gitlab.com');
  if (backend.name === 'bitbucket') origins.add('https://api.bitbucket.org');
  return [...origins];
}

/**
 * Why the CMS at /admin/ of a built site cannot open, if it cannot: a backend that saves to a
 * repository on GitHub, GitLab or Bitbucket was given none (Decap stops with an error).
 */
export function backendProblem(backend: CmsBackend): string | undefined {
  if (backend.localUrl || backend.repo || !REPOSITORY_HOSTS[backend.name]) return undefined;
  return `its ${backend.name} backend needs the repository editors save to: build with DATELINE_CMS_REPO=owner/name (docs/cms.md, "In production")`;
}
