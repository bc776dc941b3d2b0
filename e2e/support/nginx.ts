/**
 * Runs deploy/nginx.conf, as shipped, with Debian's nginx over a built site on loopback ports.
 * Only what cannot work on a test machine changes: the listen addresses, the root, the certificate
 * (a throwaway self-signed one) and the error log. Everything a reader gets (headers, types,
 * redirects, caching) comes from the sample file itself.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNginx, findNginx, findOpenssl, MIME_TYPES } from '../../scripts/nginx.mjs';

const SAMPLE = join(process.cwd(), 'deploy/nginx.conf');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The sample with only the machine-specific lines swapped; throws if one of them is no longer there. */
export function adaptSample(sample: string, opts: { root: string; http: number; https: number; cert: string; key: string; log: string }): string {
  const swaps: [RegExp, string][] = [
    [/^\s*listen \[::\]:(80|443)[^;]*;\n/gm, ''],
    [/listen 80;/, `listen 127.0.0.1:${opts.http};`],
    [/listen 443 ssl http2;/, `listen 127.0.0.1:${opts.https} ssl http2;`],
    [/root \/srv\/exile-safety-atlas\/dist;/, `root ${opts.root};`],
    [/ssl_certificate \S+;/, `ssl_certificate ${opts.cert};`],
    [/ssl_certificate_key \S+;/, `ssl_certificate_key ${opts.key};`],
    [/error_log \S+ crit;/, `error_log ${opts.log} warn;`],
  ];
  return swaps.reduce((conf, [re, to]) => {
    if (!re.test(conf)) throw new Error(`deploy/nginx.conf no longer has a line matching ${re}: update e2e/support/nginx.ts`);
    re.lastIndex = 0;
    return conf.replace(re, to);
  }, sample);
}

export interface RunningNginx {
  https: string;
  http: string;
  stop(): Promise<void>;
}

export async function startNginx(root: string): Promise<RunningNginx> {
  ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  execFileSync(findOpenssl()!, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], {
    stdio: 'ignore',
  });
  const [http, https] = [await freePort(), await freePort()];
  const site = adaptSample(readFileSync(SAMPLE, 'utf8'), { root, http, https, cert, key, log: join(dir, 'site-error.log') });
  writeFileSync(join(dir, 'site.conf'), site);
  // What Debian's /etc/nginx/nginx.conf provides around conf.d/*.conf, minus what needs root.
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`,
  );
  const nginx = findNginx()!;
  try {
    execFileSync(nginx, ['-t', '-q', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    throw new Error(`nginx -t rejects deploy/nginx.conf:\n${(e as { stderr?: string }).stderr ?? e}`);
  }
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  // Ready when the port answers.
  for (let i = 0; ; i++) {
    try {
      await fetch(`http://127.0.0.1:${http}/`, { redirect: 'manual' });
      break;
    } catch {
      if (child.exitCode !== null || i > 100) throw new Error(`nginx did not start:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    https: `https://127.0.0.1:${https}`,
    http: `http://127.0.0.1:${http}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
