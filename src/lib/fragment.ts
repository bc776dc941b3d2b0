/**
 * The address fragment when it carries "My situation" answers (issue #17): `#profile&v=1&…`. While
 * the reader keeps their answers only in the address, the site's links carry the fragment to every
 * page (src/scripts/profile-carry.ts); a link that had an anchor of its own (`…/before-travel/#item`)
 * keeps it as `&at=item` at the end, for the page to scroll to. Free of imports: the checklist
 * script reads anchors with it.
 */
export const PROFILE_HASH = '#profile&';

/** The fragment's answers, without an anchor it carried. */
export function withoutAnchor(hash: string): string {
  return hash.replace(/&at=[^&]*$/, '');
}

/** The fragment for a link: the answers, then the link's own anchor if it has one. */
export function carriedFragment(profileHash: string, anchor: string): string {
  return withoutAnchor(profileHash) + (anchor ? `&at=${encodeURIComponent(anchor)}` : '');
}

/** The anchor an address points to: its fragment, or the `at` of a fragment that carries answers. */
export function fragmentAnchor(hash: string): string {
  try {
    if (hash.startsWith(PROFILE_HASH)) return new URLSearchParams(hash.slice(PROFILE_HASH.length)).get('at') ?? '';
    return decodeURIComponent(hash.slice(1));
  } catch {
    return ''; // a malformed escape names no anchor
  }
}
