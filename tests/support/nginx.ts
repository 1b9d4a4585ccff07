import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './fixture-site';

const RECIPE = join(ROOT, 'deploy/nginx.conf');

function nginxBinary(): string {
  const found = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
  if (!found)
    throw new Error(
      'nginx is not installed: the deploy recipe (deploy/nginx.conf) is tested on the real server. ' +
        'Install it with `sudo apt-get install nginx` (.ci/run does this in CI).',
    );
  return found;
}

/** Replaces `from` in the recipe, which must be there exactly once, so a changed recipe fails loudly. */
function replaceOnce(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2)
    throw new Error(`deploy/nginx.conf: expected "${from}" exactly once, found ${parts.length - 1}`);
  return parts.join(to);
}

export interface Nginx {
  /** The HTTPS server of the recipe. */
  https: string;
  /** The port-80 server of the recipe. */
  http: string;
  /** The document root: a copy of the build, which tests may add files to. */
  root: string;
  /** certbot's webroot for the http-01 challenge. */
  acme: string;
  stop: () => Promise<void>;
}

/**
 * Runs deploy/nginx.conf, as written, with the real nginx on loopback: only the addresses, the
 * certificate (a throwaway self-signed one), the document root (a copy of `site`) and the
 * path of security-headers.conf are changed. nginx's own mime.types is the system's.
 */
export async function startNginx(site: string, ports: { http: number; https: number }): Promise<Nginx> {
  const binary = nginxBinary();
  mkdirSync(join(ROOT, '.test-builds'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.test-builds', 'nginx-'));
  // nginx started as root serves with an unprivileged worker, which must be able to read the copy.
  chmodSync(dir, 0o755);
  const root = join(dir, 'site');
  const acme = join(dir, 'acme');
  cpSync(site, root, { recursive: true });
  mkdirSync(acme);
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const openssl = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (openssl.status !== 0) throw new Error(`openssl could not make a test certificate: ${openssl.stderr}`);

  let recipe = readFileSync(RECIPE, 'utf8');
  recipe = replaceOnce(recipe, 'listen 80;', `listen 127.0.0.1:${ports.http};`);
  recipe = replaceOnce(recipe, 'listen [::]:80;', '');
  recipe = replaceOnce(recipe, 'listen 443 ssl;', `listen 127.0.0.1:${ports.https} ssl;`);
  recipe = replaceOnce(recipe, 'listen [::]:443 ssl;', '');
  recipe = replaceOnce(recipe, '/etc/letsencrypt/live/portal.example.org/fullchain.pem', cert);
  recipe = replaceOnce(recipe, '/etc/letsencrypt/live/portal.example.org/privkey.pem', key);
  recipe = replaceOnce(recipe, 'root /srv/portal;', `root ${root};`);
  recipe = replaceOnce(recipe, 'root /var/www/acme;', `root ${acme};`);
  recipe = recipe.replaceAll('/etc/nginx/portal/security-headers.conf', join(ROOT, 'deploy/security-headers.conf'));

  // The http block of a stock nginx.conf, without its includes: the recipe must stand on its own.
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    [
      `pid ${join(dir, 'nginx.pid')};`,
      'worker_processes 1;',
      'daemon off;',
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${join(dir, name)};`),
      recipe,
      '}',
      '',
    ].join('\n'),
  );
  let log = '';
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', config, '-e', 'stderr'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGQUIT');
    }).then(() => rmSync(dir, { recursive: true, force: true }));

  const listening = (port: number) =>
    new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        done(true);
      });
      socket.once('error', () => done(false));
    });
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) break;
    if ((await listening(ports.https)) && (await listening(ports.http)))
      return { https: `https://127.0.0.1:${ports.https}`, http: `http://127.0.0.1:${ports.http}`, root, acme, stop };
    await new Promise((done) => setTimeout(done, 100));
  }
  await stop();
  throw new Error(`nginx did not start with deploy/nginx.conf:\n${log}`);
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET as a browser would send it, minus compression; accepts the test certificate. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((done, fail) => {
    const req = request(url, { headers, rejectUnauthorized: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}
