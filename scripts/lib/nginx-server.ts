/**
 * deploy/nginx.conf, run by Debian's nginx on a folder of built files, on a free loopback port.
 * Only root, port and where nginx keeps its pid, logs and temporary files are changed; everything
 * else is the file as shipped. Shared by the deployment test (tests/e2e/nginx.spec.ts) and the bench,
 * which serves the atlas and its peer pages through it exactly as production does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const ROOT = resolve(import.meta.dirname, '../..');

export interface NginxServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** nginx's error log so far. */
  log(): string;
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

/** deploy/nginx.conf with this run's root, port and paths; each replaced line must be there as shipped. */
export function nginxConfig(options: { root: string; port: number; prefix: string }): string {
  const { root, port, prefix } = options;
  const shipped = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const replacements: [string, string][] = [
    // Debian's modules-enabled files name the module relative to nginx's prefix, which -p moves.
    ['include /etc/nginx/modules-enabled/*.conf;', `load_module ${BROTLI_MODULE};\nerror_log ${prefix}/error.log;`],
    ['pid /run/nginx-guangdong-port-atlas.pid;', `pid ${prefix}/nginx.pid;`],
    ['listen 8080;', `listen 127.0.0.1:${port};`],
    ['root /srv/guangdong-port-atlas;', `root ${root};`],
    [
      'http {',
      `http {\n  access_log off;\n` +
        ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`).join('\n'),
    ],
  ];
  return replacements.reduce((text, [line, replacement]) => {
    if (!text.includes(line)) throw new Error(`deploy/nginx.conf no longer has the line "${line}" that ${ROOT}/scripts/lib/nginx-server.ts replaces`);
    return text.replace(line, replacement);
  }, shipped);
}

/** Throws, saying what to install, when nginx or its brotli module is missing. `who` names the caller in the message. */
export function checkNginx(who: string): void {
  if (!existsSync(NGINX)) {
    throw new Error(
      `${who} runs deploy/nginx.conf with Debian's nginx at ${NGINX}, and it is missing.\n` +
        'Install it with: apt-get update && apt-get install -y nginx libnginx-mod-http-brotli-static   (or set NGINX_PATH).\n' +
        '.ci/run does this on a fresh machine. Nothing is skipped without it.',
    );
  }
  if (!existsSync(BROTLI_MODULE)) {
    throw new Error(
      `deploy/nginx.conf serves the build's .br files with brotli_static, whose module ${BROTLI_MODULE} is missing.\n` +
        'Install it with: apt-get install -y libnginx-mod-http-brotli-static   (.ci/run does). Without it, a deployment\n' +
        'deletes the brotli_static line (see the top of deploy/nginx.conf) and serves gzip only.',
    );
  }
}

function answers(url: string): Promise<boolean> {
  return new Promise((done) => {
    const request = get(url, (response) => {
      response.resume();
      done(true);
    });
    request.on('error', () => done(false));
  });
}

/** Starts nginx on `root` (a built folder, with the build's .gz and .br files); resolves once it answers. */
export async function startNginx(root: string, who: string): Promise<NginxServer> {
  checkNginx(who);
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const port = await freePort();
  writeFileSync(join(prefix, 'nginx.conf'), nginxConfig({ root, port, prefix }));
  const url = `http://127.0.0.1:${port}/`;
  const output: string[] = [];
  const log = () => {
    const file = join(prefix, 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const nginx: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout!.on('data', (chunk: Buffer) => output.push(String(chunk)));
  nginx.stderr!.on('data', (chunk: Buffer) => output.push(String(chunk)));
  const close = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) {
      const stopped = new Promise((done) => nginx.once('exit', done));
      nginx.kill('SIGQUIT');
      await stopped;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  let exitedEarly = false;
  const exited = new Promise<never>((_, fail) =>
    nginx.once('exit', (code) => {
      exitedEarly = true;
      fail(new Error(`nginx (${NGINX}) exited (${code}) at start:\n${output.join('')}${log()}`));
    }),
  );
  // Ready when it answers; or it stopped, and says why.
  const answering = (async () => {
    while (!exitedEarly && !(await answers(url))) await new Promise((next) => setTimeout(next, 100));
  })();
  try {
    await Promise.race([answering, exited]);
  } catch (error) {
    rmSync(prefix, { recursive: true, force: true });
    throw error;
  }
  return { url, log, close };
}
