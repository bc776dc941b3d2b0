/**
 * At the end of every build, the help directory's contacts that the pages mark as unverified (not
 * checked on the organisation's own page within CONTACT_VERIFY_DAYS of the build date), or one line
 * saying none is (issue #16). The pages keep such a contact, marked: an old number is still worth
 * trying. This list is for the maintainer, who re-checks each on its source page.
 * The same listing opens `npm run content:status` (src/lib/help.ts, contactStatuses).
 */
import type { AstroIntegration } from 'astro';
import { helpContacts } from '../lib/content-dir';
import { buildDate } from '../lib/build-date';
import { contactStatuses, unverifiedReport } from '../lib/help';

export function unverifiedContacts(): AstroIntegration {
  return {
    name: 'exile-atlas:help-contacts',
    hooks: {
      'astro:build:done': ({ logger }) => {
        // The build's "today": ATLAS_BUILD_DATE when given (tests pin it), as the pages' marks use.
        const today = buildDate(process.env.ATLAS_BUILD_DATE || '');
        const statuses = contactStatuses(helpContacts(), today);
        const [heading, ...rows] = unverifiedReport(statuses, today);
        if (rows.length === 0) logger.info(heading!);
        else logger.warn([heading, ...rows.map((r) => `  ${r}`)].join('\n'));
      },
    },
  };
}
