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

/** Where the CMS saves and how editors sign in, from the deploy pipeline's environment. */
export function cmsBackendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  return {
    name: env.DATELINE_CMS_BACKEND?.trim() || 'github',
    repo: env.DATELINE_CMS_REPO?.trim() || undefined,
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
