/**
 * The one switch for a build that is published: `ATLAS_PUBLISH=1` (`npm run release` sets it).
 * Such a build refuses to run without what a published copy must carry: the real site address
 * (pocket cards and printed checklists print it as text and QR code), the Kiwix archives and the
 * maintainers' public key. Everyday builds (tests, `npm start`, mirrors in progress) go on without
 * them and print no address. This is the only place that reads the variable.
 * Kept free of imports so that astro.config.mjs and plain Node scripts can load it.
 */
export const PUBLISH_VAR = 'ATLAS_PUBLISH';

export function isPublishBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env[PUBLISH_VAR] === '1';
}

/**
 * Why a publishing build cannot use this site address (unset, unparsable or a `.example`
 * placeholder), or undefined when it can or when the build is not for publishing.
 */
export function publishSiteError(site: string | undefined, env: Record<string, string | undefined> = process.env): string | undefined {
  if (!isPublishBuild(env)) return undefined;
  let host = '';
  try {
    host = new URL(site ?? '').hostname;
  } catch {
    /* unset or not an address */
  }
  if (site && host && !host.endsWith('.example')) return undefined;
  return (
    `${PUBLISH_VAR}=1 but ATLAS_SITE is not the real site address (it is unset or a .example placeholder). ` +
    'Printed cards and checklists would carry a wrong address and QR code. Set ATLAS_SITE=https://<the site>, e.g. ' +
    `${PUBLISH_VAR}=1 ATLAS_SITE=https://atlas.example.org npm run build`
  );
}
