import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';

// The three publish pipelines (GitHub Pages, GitLab Pages, Gitea/Forgejo over SSH), read as the
// forges read them: what triggers them, when the daily rebuild runs, which Node, which commands,
// what the jobs may do, and that their shell scripts do what they say.

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');
const DEPLOY_SECTION = README.slice(README.indexOf('## 部署'), README.indexOf('\n## ', README.indexOf('## 部署') + 1));

interface Step {
  uses?: string;
  run?: string;
  name?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[] }; schedule: { cron: string; timezone?: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      needs?: string;
      permissions?: Record<string, string>;
      container?: { image: string };
      steps: Step[];
    }
  >;
}

/** The Beijing wall-clock time ("HH:MM") at which a daily cron line fires. */
function beijingTime(cron: string, timezone = 'UTC'): string {
  const match = cron.match(/^(\d+) (\d+) \* \* \*$/);
  if (!match) throw new Error(`not a daily cron line: "${cron}"`);
  const offsets: Record<string, number> = { UTC: 0, 'Asia/Shanghai': 8 * 60 };
  if (!(timezone in offsets)) throw new Error(`unexpected time zone ${timezone}`);
  const minutes = (Number(match[2]) * 60 + Number(match[1]) - offsets[timezone]! + 8 * 60 + 24 * 60) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The major version of Node that package.json asks for. */
const nodeMajor = () => {
  const pkg = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: { node: string } };
  const major = pkg.engines.node.match(/^>=(\d+)\./)![1]!;
  expect(pkg.engines.node).toBe(`>=${major}.0.0 <${Number(major) + 1}`);
  expect(pkg.devDependencies.node).toMatch(new RegExp(`^\\^${major}\\.`));
  return Number(major);
};

/** Lines of a workflow file that name an action: each must be pinned to a commit, its tag in a comment. */
function actionLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*-?\s*uses:/.test(line));
}
const PINNED = /^\s*-?\s*uses: (?:https:\/\/[\w.-]+\/)?[\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/;

/** Runs a shell script with bash, in a clean environment plus `env`. */
function bash(script: string, env: Record<string, string> = {}, args: string[] = []) {
  // --norc: Debian's bash would otherwise read ~/.bashrc when its input is a socket.
  const run = spawnSync('/bin/bash', ['--norc', '--noprofile', ...args, '-c', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const syntaxOk = (script: string) =>
  spawnSync('/bin/bash', ['--norc', '--noprofile', '-n'], { input: script, encoding: 'utf8' });

test('the README names the two commands every pipeline runs', () => {
  expect(README).toContain('`npm ci`');
  expect(README).toContain('`npm run build`');
});

describe('GitHub Pages (.github/workflows/deploy.yml)', () => {
  const text = read('.github/workflows/deploy.yml');
  const workflow = load(text) as Workflow;
  const build = workflow.jobs.build!;
  const deploy = workflow.jobs.deploy!;

  test('builds on push to main, by hand, and every day at 00:10 Beijing time', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.schedule.map((s) => beijingTime(s.cron, s.timezone))).toEqual(['00:10']);
  });

  test('pins every action to a full commit, with its release tag beside it', () => {
    const lines = actionLines(text);
    expect(lines.map((line) => line.match(/uses: ([\w-]+\/[\w-]+)@/)?.[1])).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
    for (const line of lines) expect(line).toMatch(PINNED);
  });

  test('the build job may only read; only the deploy job, which runs no project code, may publish', () => {
    expect(workflow.permissions).toEqual({});
    expect(build.permissions).toEqual({ contents: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.needs).toBe('build');
    expect(deploy.steps).toHaveLength(1);
    expect(deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  });

  test('checkout leaves no credentials behind for the build to find', () => {
    const checkouts = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.filter((step) => step.uses?.startsWith('actions/checkout@')),
    );
    expect(checkouts).toHaveLength(1);
    for (const step of checkouts) expect(step.with).toMatchObject({ 'persist-credentials': false });
  });

  test('runs `npm ci` and `npm run build` on Node 24, under the repository sub-path, and publishes dist/', () => {
    expect(build.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    const node = build.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(node.with!['node-version']).toBe(nodeMajor());
    const env = build.steps.find((s) => s.run === 'npm run build')!.env!;
    expect(env.SITE_BASE).toBe('/${{ github.event.repository.name }}');
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!.with).toEqual({
      path: 'dist',
    });
  });
});

describe('GitLab Pages (.gitlab-ci.yml)', () => {
  interface Job {
    stage: string;
    image?: string;
    script: string[];
    before_script?: string[];
    rules?: { if?: string; when?: string }[];
    variables?: Record<string, string>;
    dependencies?: string[];
    artifacts?: { paths: string[] };
  }
  const pipeline = load(read('.gitlab-ci.yml')) as Record<string, unknown> & {
    default: { image: string };
    stages: string[];
  };
  const job = (name: string) => pipeline[name] as Job;

  test('runs on Node 24 and in the order build, test, deploy', () => {
    expect(pipeline.default.image).toMatch(new RegExp(`^node:${nodeMajor()}(-|$)`));
    expect(pipeline.stages).toEqual(['build', 'test', 'deploy']);
    expect([job('build').stage, job('test').stage, job('pages').stage]).toEqual(['build', 'test', 'deploy']);
  });

  test('builds with `npm ci` and `npm run build`, keeping dist/ for the pages job', () => {
    const script = job('build').script;
    expect(script[0]).toBe('npm ci');
    expect(script.at(-1)).toBe('npm run build');
    expect(job('build').artifacts!.paths).toEqual(['dist/']);
    for (const name of ['build', 'test', 'pages'])
      expect(syntaxOk([...(job(name).before_script ?? []), ...job(name).script].join('\n')).status, name).toBe(0);
  });

  test('builds for the address GitLab Pages serves the project at, unless SITE_URL or SITE_BASE say otherwise', () => {
    // The build job's own lines that choose the address, run by bash.
    const lines = job('build').script.filter((line) => /SITE_/.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const address = (env: Record<string, string>) => {
      const run = bash(`${lines.join('\n')}\nprintf '%s %s' "$SITE_URL" "$SITE_BASE"`, env);
      return run.code === 0 ? run.stdout : `exit ${run.code}: ${run.stderr.trim()}`;
    };
    expect(address({ CI_PAGES_URL: 'https://dangjian.gitlab.io/portal' })).toBe('https://dangjian.gitlab.io /portal');
    expect(address({ CI_PAGES_URL: 'https://portal-dangjian-3f2a1c.gitlab.io' })).toBe(
      'https://portal-dangjian-3f2a1c.gitlab.io /',
    );
    expect(address({ CI_PAGES_URL: 'http://zuzhibu.pages.example.org/xuexi/portal' })).toBe(
      'http://zuzhibu.pages.example.org /xuexi/portal',
    );
    // A custom domain, set as CI/CD variables.
    expect(
      address({
        CI_PAGES_URL: 'https://dangjian.gitlab.io/portal',
        SITE_URL: 'https://xuexi.example.org',
        SITE_BASE: '/',
      }),
    ).toBe('https://xuexi.example.org /');
    expect(address({})).toMatch(/^exit 1: SITE_URL is empty/);
  });

  test('the test job runs every suite (the corpus one on the committed subset), with what they need installed, and skips the daily rebuild', () => {
    const test = job('test');
    expect(test.script).toEqual(['npm ci', 'npm test']);
    const installed = test.before_script!.join(' ');
    for (const pkg of ['chromium', 'fonts-noto-cjk', 'nginx', 'openssl']) expect(installed).toContain(` ${pkg}`);
    expect(test.rules![0]).toEqual({ if: '$CI_PIPELINE_SOURCE == "schedule"', when: 'never' });
  });

  test('publishes the build as public/ from the default branch only, without the repository (whose public/ is Astro input)', () => {
    const pages = job('pages');
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pages.variables).toEqual({ GIT_STRATEGY: 'none' });
    expect(pages.dependencies).toEqual(['build']);
    expect(pages.script).toEqual(['rm -rf public', 'mv dist public']);
    expect(pages.artifacts!.paths).toEqual(['public']);
  });

  test('the README tells how to schedule the daily rebuild at 00:10 Beijing time', () => {
    expect(DEPLOY_SECTION).toContain('`10 0 * * *`');
    expect(DEPLOY_SECTION).toContain('Asia/Shanghai');
    expect(beijingTime('10 0 * * *', 'Asia/Shanghai')).toBe('00:10');
    expect(DEPLOY_SECTION).toContain('.gitlab-ci.yml');
  });
});

describe('Gitea and Forgejo (.gitea/workflows/deploy.yml)', () => {
  const text = read('.gitea/workflows/deploy.yml');
  const workflow = load(text) as Workflow;
  const jobs = Object.values(workflow.jobs);
  const steps = jobs.flatMap((job) => job.steps);
  const step = (name: string) => steps.find((s) => s.name === name)!;

  test('builds on push to main, by hand, and every day at 00:10 Beijing time', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.schedule.map((s) => beijingTime(s.cron, s.timezone))).toEqual(['00:10']);
  });

  test('runs in a Node 24 container, may only read the repository, and pins its one action to a commit', () => {
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.container!.image).toMatch(new RegExp(`^node:${nodeMajor()}(-|$)`));
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(jobs[0]!.permissions).toBeUndefined();
    const lines = actionLines(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(PINNED);
    expect(steps[0]!.uses).toMatch(/^actions\/checkout@/);
    expect(steps[0]!.with).toEqual({ 'persist-credentials': false });
  });

  test('runs `npm ci`, then `npm run build`, then publishes dist/; every script is valid bash', () => {
    const runs = steps.filter((s) => s.run);
    expect(runs[0]!.run).toBe('npm ci');
    expect(step('npm run build').run!.trim().split('\n').at(-1)).toBe('npm run build');
    expect(step('Publish dist/ over SSH').run).toMatch(
      /rsync [^\n]*--delete[\s\S]* dist\/ "\$DEPLOY_USER@\$DEPLOY_HOST:/,
    );
    for (const s of runs) expect(syntaxOk(s.run!).status, s.name ?? s.run).toBe(0);
  });

  test('the build stops with a clear message when SITE_URL is not set', () => {
    // No PATH: should the check let it through, npm cannot run.
    const run = bash(step('npm run build').run!, { PATH: '/nonexistent', SITE_URL: '' }, ['-e']);
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim()).toBe("SITE_URL is not set in the repository's Actions settings");
  });

  test('publishing stops before doing anything when a setting is missing, and never skips the host key check', () => {
    const publish = step('Publish dist/ over SSH');
    const settings = { DEPLOY_HOST: 'web.example.org', DEPLOY_USER: 'portal', DEPLOY_PATH: '/srv/portal' };
    // No PATH: should the checks let it through, neither apt-get nor rsync can run here.
    const run = bash(publish.run!, { PATH: '/nonexistent', ...settings }, ['-e']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("DEPLOY_SSH_KEY is not set in the repository's Actions settings");
    expect(publish.run).toContain('StrictHostKeyChecking=yes');
    expect(publish.run).not.toMatch(/StrictHostKeyChecking=no|accept-new/);
    // Secrets are handed to the publishing step alone, not to the build that runs npm packages.
    expect(steps.filter((s) => JSON.stringify(s).includes('secrets.'))).toEqual([publish]);
  });

  test('the README lists every variable and secret the workflow reads', () => {
    const names = [...text.matchAll(/\$\{\{ (?:vars|secrets)\.(\w+) \}\}/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) expect(DEPLOY_SECTION, name).toContain(`\`${name}\``);
    expect(DEPLOY_SECTION).toContain('.gitea/workflows/deploy.yml');
  });
});
