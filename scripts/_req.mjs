import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { StaticServer } from '../e2e/support/static-server.ts';
const server = new StaticServer('dist'); const base = await server.listen();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ serviceWorkers: 'block' }); const page = await ctx.newPage();
page.on('response', async (r) => { const b = await r.body().catch(() => Buffer.alloc(0)); console.log(r.request().resourceType(), r.url().replace(base, '/'), b.length, gzipSync(b).length); });
await page.goto(base + (process.argv[2] || 'ru/countries/kazakhstan/'), { waitUntil: 'networkidle' }); await page.waitForTimeout(300);
await browser.close(); await server.close();
