/**
 * A tiny static server for the benchmark's first views and for tests that need to swap what is
 * deployed (the update test) or serve a build under a sub-path (the mirror test). It serves files
 * only, like any static host.
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
      if (!url.pathname.startsWith(this.base)) {
        res.writeHead(404).end('not found');
        return;
      }
      let file = join(this.root, normalize(decodeURIComponent(url.pathname.slice(this.base.length))));
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    });
  }

  listen(): Promise<string> {
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        resolve(`http://localhost:${port}${this.base}`);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
