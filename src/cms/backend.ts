/**
 * The Git host block of the CMS config (`SITE.cms.backend`), checked at build against what
 * Decap 3.16 accepts, so an organization's mistake shows in the build log in plain words instead
 * of as an English error page in the admin after deployment.
 */

export type Backend = Record<string, unknown>;

/**
 * Backends with Decap's editorial workflow (draft → in review → ready as branches and merge
 * requests). Decap 3.16's `gitea` backend throws "The Gitea backend does not support editorial
 * workflow." when the config asks for it; Forgejo has its own `forgejo` backend, which has it.
 */
const WORKFLOW_BACKENDS = new Set(['github', 'gitlab', 'forgejo', 'bitbucket', 'azure']);

export interface CheckedBackend {
  backend: Backend;
  /** Decap's `publish_mode`, only where the backend has the workflow. */
  publishMode: 'editorial_workflow' | undefined;
  /** What the build should say, though it can go on. */
  warnings: string[];
}

const where = 'src/site.config.ts cms.backend';
const isUrl = (value: unknown) => typeof value === 'string' && /^https:\/\/[^/]/.test(value);

/** Throws naming the setting when Decap would refuse the block; warns where it would only do less. */
export function checkBackend(backend: Backend, editorialWorkflow: boolean): CheckedBackend {
  const name = String(backend.name ?? '');
  const warnings: string[] = [];
  if (!name) throw new Error(`${where}: "name" is missing (gitlab, forgejo, gitea or github)`);
  if (!backend.repo) throw new Error(`${where}: "repo" is missing (the repository, e.g. example-org/liudong-portal)`);
  if (name === 'forgejo' && !isUrl(backend.api_root))
    throw new Error(`${where}: the forgejo backend needs "api_root" (https://<instance>/api/v1)`);
  if (name === 'gitea' && !(isUrl(backend.base_url) && isUrl(backend.api_root)))
    throw new Error(
      `${where}: the gitea backend needs "base_url" (https://<instance>) and "api_root" (https://<instance>/api/v1); without them Decap uses try.gitea.io`,
    );
  if (
    (name === 'gitea' || name === 'forgejo' || (name === 'gitlab' && backend.auth_type === 'pkce')) &&
    !backend.app_id
  )
    throw new Error(`${where}: "app_id" is missing (the OAuth application's client ID)`);
  let publishMode: CheckedBackend['publishMode'];
  if (editorialWorkflow) {
    if (WORKFLOW_BACKENDS.has(name)) publishMode = 'editorial_workflow';
    else
      warnings.push(
        `${where}: Decap's ${name} backend has no editorial workflow, so the CMS publishes on save; for Forgejo use the forgejo backend, or set cms.editorialWorkflow to false`,
      );
  }
  return { backend, publishMode, warnings };
}
