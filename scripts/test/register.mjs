/**
 * Lets node's test runner load the site's TypeScript the way Vite does: extensionless
 * relative imports resolve to .ts files, and Astro's virtual modules get small stand-ins,
 * so unit tests can import src/content.config.ts and src/lib/* directly.
 */
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
