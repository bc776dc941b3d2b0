/**
 * `npm run deploy:headers`: rewrites the generated blocks of deploy/nginx.conf from src/lib/csp.ts,
 * the one definition of the site's security headers. A unit test (src/lib/csp.test.ts) fails when
 * they differ, and names this command. (dist/_headers needs no command: the build writes it.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nginxConf } from '../src/lib/csp.ts';

const file = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));
writeFileSync(file, nginxConf(readFileSync(file, 'utf8')));
console.log('deploy/nginx.conf: generated blocks rewritten from src/lib/csp.ts');
