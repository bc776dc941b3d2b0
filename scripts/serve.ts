/**
 * Serves a build (dist/ by default) on a port, for the browser tests (playwright.config.ts):
 * `node scripts/serve.ts --port 4321 [folder]`. The project's own static server, not `astro
 * preview`: the same pages, headers that matter and 404 page, for about a quarter of the CPU per
 * request (issue #19: the suite is CPU-bound).
 */
import { parseArgs } from 'node:util';
import { StaticServer } from './lib/static-server.ts';

const { values, positionals } = parseArgs({ options: { port: { type: 'string', default: '4321' } }, allowPositionals: true });
const server = new StaticServer(positionals[0] ?? 'dist');
console.log(`serving ${server.root} at ${await server.listen(Number(values.port))}`);
