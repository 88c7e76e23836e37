import { describe, expect, it } from 'vitest';
import {
  backendProblem,
  ciRepository,
  cmsBackendFromEnv,
  cmsOrigins,
} from '../../src/cms/backend.ts';

describe('cmsBackendFromEnv', () => {
  it('reads the backend from DATELINE_CMS_*, with GitHub, main and the workflow by default', () => {
    expect(cmsBackendFromEnv({})).toEqual({
      name: 'github',
      repo: undefined,
      branch: 'main',
      authUrl: undefined,
      workflow: true,
      localUrl: undefined,
    });
    const backend = cmsBackendFromEnv({
      DATELINE_CMS_BACKEND: 'gitlab',
      DATELINE_CMS_REPO: ' desk/site ',
      DATELINE_CMS_BRANCH: 'live',
      DATELINE_CMS_WORKFLOW: 'off',
    });
    expect(backend).toMatchObject({ name: 'gitlab', repo: 'desk/site', branch: 'live' });
    expect(backend.workflow).toBe(false);
  });

  it('takes the repository the build runs from when none is set, a set one first', () => {
    expect(cmsBackendFromEnv({ GITHUB_REPOSITORY: 'desk/site' }).repo).toBe('desk/site');
    expect(
      cmsBackendFromEnv({ GITHUB_REPOSITORY: 'desk/site', DATELINE_CMS_REPO: 'desk/other' }).repo,
    ).toBe('desk/other');
  });
});

describe('ciRepository', () => {
  it("reads GitHub Actions', GitLab CI's and Netlify's names for it", () => {
    expect(ciRepository('github', { GITHUB_REPOSITORY: 'desk/site' })).toBe('desk/site');
    expect(
      ciRepository('gitlab', { CI_SERVER_HOST: 'gitlab.com', CI_PROJECT_PATH: 'desk/news/site' }),
    ).toBe('desk/news/site');
    for (const url of [
      'https://github.com/desk/site',
      'https://x-access-token:v1.abc@github.com/desk/site.git',
      'git@github.com:desk/site.git',
    ]) {
      expect(ciRepository('github', { REPOSITORY_URL: url }), url).toBe('desk/site');
    }
  });

  it("takes no repository from another host than the backend's, nor from a partial address", () => {
    // A self-hosted GitLab: Decap's gitlab backend talks to gitlab.com unless told otherwise.
    expect(
      ciRepository('gitlab', { CI_SERVER_HOST: 'git.example.org', CI_PROJECT_PATH: 'desk/site' }),
    ).toBeUndefined();
    expect(
      ciRepository('github', { REPOSITORY_URL: 'https://gitlab.com/desk/site' }),
    ).toBeUndefined();
    expect(ciRepository('github', { REPOSITORY_URL: 'https://github.com/desk' })).toBeUndefined();
    expect(ciRepository('github', { REPOSITORY_URL: 'not an address' })).toBeUndefined();
    // Netlify's own backend finds the repository itself.
    expect(
      ciRepository('git-gateway', { REPOSITORY_URL: 'https://github.com/desk/site' }),
    ).toBeUndefined();
  });
});

describe('backendProblem', () => {
  it('says a backend that saves to a repository was given none', () => {
    expect(backendProblem(cmsBackendFromEnv({}))).toBe(
      'its github backend needs the repository editors save to: build with DATELINE_CMS_REPO=owner/name (docs/cms.md, "In production")',
    );
    expect(backendProblem(cmsBackendFromEnv({ DATELINE_CMS_BACKEND: 'gitlab' }))).toContain(
      'its gitlab backend',
    );
  });

  it('finds nothing missing with a repository, with Netlify’s own backend, or saving to this computer', () => {
    expect(backendProblem(cmsBackendFromEnv({ DATELINE_CMS_REPO: 'desk/site' }))).toBeUndefined();
    expect(
      backendProblem(cmsBackendFromEnv({ DATELINE_CMS_BACKEND: 'git-gateway' })),
    ).toBeUndefined();
    expect(
      backendProblem(cmsBackendFromEnv({ DATELINE_CMS_LOCAL: 'http://127.0.0.1:8081/api/v1' })),
    ).toBeUndefined();
  });
});

describe('cmsOrigins', () => {
  it("lets the CMS page talk to its backend's API and to decap-server on this computer", () => {
    expect(cmsOrigins(cmsBackendFromEnv({}))).toEqual(['https://api.github.com']);
    expect(
      cmsOrigins(cmsBackendFromEnv({ DATELINE_CMS_LOCAL: 'http://127.0.0.1:8081/api/v1' })),
    ).toEqual(['http://127.0.0.1:8081', 'https://api.github.com']);
  });
});
