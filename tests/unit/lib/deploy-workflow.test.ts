import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

interface Workflow {
  on: { push: { branches: string[] }; schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      needs?: string;
      steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
    }
  >;
}

test('the GitHub Pages workflow builds on push, by hand and daily, under the repository sub-path, and deploys dist/', () => {
  const workflow = load(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
  expect(workflow.on.push.branches).toEqual(['main']);
  expect(workflow.on.schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  expect(workflow.on).toHaveProperty('workflow_dispatch');
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  const build = workflow.jobs.build!.steps;
  expect(build.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
  const node = build.find((s) => s.uses?.startsWith('actions/setup-node'))!;
  const pinned = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies.node as string;
  expect(pinned).toMatch(new RegExp(`^\\^${String(node.with!['node-version'])}\\.`));
  const env = build.find((s) => s.run === 'npm run build')!.env!;
  expect(env.SITE_BASE).toBe('/${{ github.event.repository.name }}');
  expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with).toEqual({ path: 'dist' });
  expect(workflow.jobs.deploy!.needs).toBe('build');
  expect(workflow.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
});
