import { describe, expect, test } from 'vitest';
import { checkBackend } from '../../../src/cms/backend';
import { SITE } from '../../../src/site.config';

// The Git host recipes of the README, as Decap 3.16 takes them.
const recipes = {
  gitlab: { name: 'gitlab', repo: 'org/portal', auth_type: 'pkce', app_id: 'id', base_url: 'https://gitlab.com' },
  selfHostedGitlab: {
    name: 'gitlab',
    repo: 'org/portal',
    auth_type: 'pkce',
    app_id: 'id',
    base_url: 'https://git.example.org',
    api_root: 'https://git.example.org/api/v4',
  },
  forgejo: { name: 'forgejo', repo: 'org/portal', app_id: 'id', api_root: 'https://code.example.org/api/v1' },
  gitea: {
    name: 'gitea',
    repo: 'org/portal',
    app_id: 'id',
    base_url: 'https://gitea.example.org',
    api_root: 'https://gitea.example.org/api/v1',
  },
  github: { name: 'github', repo: 'org/portal', base_url: 'https://oauth.example.org' },
};

describe('the Git host block of the CMS config', () => {
  test('the sample config is one Decap takes, with its editorial workflow', () => {
    const checked = checkBackend(SITE.cms.backend, true);
    expect(checked.publishMode).toBe('editorial_workflow');
    expect(checked.warnings).toEqual([]);
  });

  test.each(['gitlab', 'selfHostedGitlab', 'forgejo', 'github'] as const)('%s keeps the editorial workflow', (name) => {
    expect(checkBackend(recipes[name], true)).toMatchObject({ publishMode: 'editorial_workflow', warnings: [] });
  });

  test('gitea has none in Decap 3.16: the config leaves it out and the build says so', () => {
    const checked = checkBackend(recipes.gitea, true);
    expect(checked.publishMode).toBeUndefined();
    expect(checked.warnings.join('\n')).toMatch(/gitea backend has no editorial workflow.*forgejo backend/);
    expect(checkBackend(recipes.gitea, false).warnings).toEqual([]);
  });

  test('what Decap would refuse in the admin fails the build, naming the setting', () => {
    const without = (backend: Record<string, unknown>, key: string) =>
      Object.fromEntries(Object.entries(backend).filter(([name]) => name !== key));
    expect(() => checkBackend(without(recipes.forgejo, 'api_root'), true)).toThrow(/forgejo backend needs "api_root"/);
    expect(() => checkBackend(without(recipes.gitea, 'base_url'), false)).toThrow(/gitea backend needs "base_url"/);
    expect(() => checkBackend(without(recipes.gitlab, 'app_id'), true)).toThrow(/"app_id" is missing/);
    expect(() => checkBackend({ name: 'gitlab' }, true)).toThrow(/"repo" is missing/);
  });
});
