/**
 * The checklist items that apply everywhere to a reader in each situation (src/lib/profile.ts
 * TOPICS), as `checklist/item` by permanent id, most urgent first. The situation pages list them,
 * the "My situation" plan assembles them, and the country pages add their own `situations` steps.
 * Every item states its advice with its sources in its checklist. src/lib/profile-topics.test.ts
 * fails if one of these is not a published item of the site's content; the build fails if a
 * checklist it has lacks the item (src/lib/profile-pages.ts).
 */
import type { Topic } from '../lib/profile';

export const TOPIC_ITEMS: Record<Topic, readonly string[]> = {
  wanted: [
    'before-travel/check-wanted-status',
    'before-travel/avoid-cis-transit',
    'documents/apply-for-asylum',
    'if-detained/say-you-seek-asylum',
    'if-detained/ask-for-lawyer-and-interpreter',
    'if-detained/save-emergency-contacts',
    'documents/keep-evidence-of-persecution',
    'documents/sign-power-of-attorney',
    'camera-networks/avoid-transport-hubs',
    'before-travel/request-interpol-data',
    'documents/refugee-status-to-interpol',
  ],
  mobilisation: [
    'before-travel/deserters-get-specialist-help',
    'before-travel/check-wanted-status',
    'before-travel/avoid-cis-transit',
    'if-detained/ask-for-lawyer-and-interpreter',
    'if-detained/say-you-seek-asylum',
    'documents/keep-evidence-of-persecution',
    'documents/apply-for-asylum',
  ],
  activists: [
    'phone-and-accounts/set-strong-passcode',
    'phone-and-accounts/use-disappearing-messages',
    'telegram-and-numbers/lock-down-telegram',
    'telegram-and-numbers/move-off-russian-number',
    'family-money-russian-apps/talk-safely-with-relatives',
    'family-money-russian-apps/no-traceable-donations',
    'if-phone-taken/prepare-for-seizure',
    'telegram-and-numbers/spot-phishing-and-spyware',
    'telegram-and-numbers/keep-location-private',
    'camera-networks/think-before-protests',
    'camera-networks/limit-face-photos-online',
    'telegram-and-numbers/lockdown-mode-if-targeted',
  ],
  helping: [
    'for-helpers/collect-only-what-you-need',
    'for-helpers/get-informed-consent',
    'for-helpers/encrypt-devices-and-records',
    'for-helpers/use-end-to-end-encrypted-channels',
    'for-helpers/never-expose-clients-publicly',
    'for-helpers/verify-new-contacts',
    'for-helpers/refer-with-care',
    'if-detained/alert-organisations-that-help',
    'for-helpers/plan-for-seizure-or-detention',
    'for-helpers/know-the-rules-where-you-work',
  ],
  documents: [
    'documents/check-passport-expiry',
    'documents/consulate-visit-risk',
    'documents/secure-residence-status',
    'documents/encrypted-document-copies',
    'documents/keep-originals-safe',
    'before-travel/carry-proof-of-status',
    'documents/ask-about-travel-documents',
  ],
};

/** `checklist/item` split into its parts. */
export function splitRef(ref: string): { checklist: string; item: string } {
  const at = ref.indexOf('/');
  return { checklist: ref.slice(0, at), item: ref.slice(at + 1) };
}
