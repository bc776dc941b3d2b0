/**
 * A tiny static server for the benchmark's first views, for the browser tests' own server
 * (scripts/serve.ts) and for tests that need to swap what is deployed (the update test) or serve a
 * build under a sub-path (the mirror test). It serves files only, like any static host, and answers
 * as deploy/nginx.conf does where that matters to a page: a missing file gets the site's 404 page,
 * a folder asked for without its trailing slash is redirected to it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
};

export class StaticServer {
  root: string;
  private base: string;
  private server: Server;
  // Plain fields, not parameter properties: the benchmark loads this file with Node's type stripping.
  constructor(root: string, base = '/') {
    this.root = root;
    this.base = base;
    this.server = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const notFound = async () => {
        // The site's own 404 page where the build has one (error_page in deploy/nginx.conf).
        const page = await readFile(join(this.root, '404.html')).catch(() => undefined);
        if (page) res.writeHead(404, { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-cache' }).end(page);
        else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      };
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad address');
        return;
      }
      if (!path.startsWith(this.base)) {
        res.writeHead(404).end('not found');
        return;
      }
      let file = join(this.root, normalize(path.slice(this.base.length)));
      try {
        if ((await stat(file)).isDirectory()) {
          if (!url.pathname.endsWith('/')) {
            res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
            return;
          }
          file = join(file, 'index.html');
        }
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        res.end(body);
      } catch {
        await notFound();
      }
    });
  }

  /** Listens on `port` (by default any free one) and gives the address of the base folder. */
  listen(port = 0): Promise<string> {
    return new Promise((resolve) => {
      this.server.listen(port, '127.0.0.1', () => {
        const address = this.server.address();
        const actual = typeof address === 'object' && address ? address.port : 0;
        resolve(`http://localhost:${actual}${this.base}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
