/**
 * `npm run cms`: the CMS on this machine. Starts decap-server (Decap's local backend, which
 * reads and writes the files of this repository) and `astro dev` together, and stops both on
 * Ctrl+C. Open the printed address, click 登录, and edit: changes land as files in content/
 * and public/uploads/, ready to review with `git diff` and commit.
 *
 * CMS_LOCAL_PORT (decap-server, default 8081) and CMS_DEV_PORT (astro dev, default 4321) move
 * the two servers; CMS_REPO_DIR points both at another copy of the repository's content
 * (the tests use a temporary one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const repo = resolve(process.env.CMS_REPO_DIR ?? root);
const backendPort = process.env.CMS_LOCAL_PORT ?? '8081';
const devPort = process.env.CMS_DEV_PORT ?? '4321';
const node = join(root, 'node_modules/.bin/node');

const children: ChildProcess[] = [];
function start(name: string, args: string[], env: Record<string, string>) {
  const child = spawn(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.log(`${name} stopped (${code ?? 'signal'})`);
    stop(code ?? 0);
  });
  children.push(child);
}

function stop(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('decap-server', [join(root, 'node_modules/decap-server/dist/index.js')], {
  PORT: backendPort,
  GIT_REPO_DIRECTORY: repo,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
start('astro dev', [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', devPort], {
  CMS_LOCAL_PORT: backendPort,
  ...(repo !== root && { CONTENT_DIR: join(repo, 'content') }),
});
console.log(
  `\n  内容管理：http://localhost:${devPort}/admin/index.html （点“登录”即可，修改写入 ${join(repo, 'content')}）\n`,
);
