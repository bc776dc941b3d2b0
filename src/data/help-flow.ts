/**
 * The "Help now" flow: for each situation, the steps to take, in order. Every step points to an
 * item of a checklist (or to a threat page or tool) that states it with its sources, so the flow
 * says nothing the rest of the site does not source, in either language. The build fails with the
 * missing id if a step points to something that does not exist.
 */
export const SITUATIONS = ['detained', 'someone-detained', 'wanted', 'documents', 'travel'] as const;
export type Situation = (typeof SITUATIONS)[number];

export type FlowStep = { checklist: string; item: string } | { threat: string } | { tool: 'documents' } | { page: 'matrix' };

export const FLOW: Record<Situation, FlowStep[]> = {
  detained: [
    { checklist: 'if-detained', item: 'stay-calm-and-silent' },
    { checklist: 'if-detained', item: 'ask-for-lawyer-and-interpreter' },
    { checklist: 'if-detained', item: 'say-you-seek-asylum' },
    { checklist: 'if-detained', item: 'decide-about-russian-consulate' },
    { checklist: 'if-detained', item: 'take-minor-charges-seriously' },
  ],
  'someone-detained': [
    { checklist: 'if-detained', item: 'alert-organisations-that-help' },
    { checklist: 'if-detained', item: 'ask-for-lawyer-and-interpreter' },
    { checklist: 'if-detained', item: 'say-you-seek-asylum' },
    { checklist: 'if-detained', item: 'ask-un-committee-interim-measures' },
    { checklist: 'if-detained', item: 'ask-echr-rule-39' },
    { threat: 'deportation' },
  ],
  wanted: [
    { checklist: 'before-travel', item: 'check-wanted-status' },
    { checklist: 'if-detained', item: 'save-emergency-contacts' },
    { checklist: 'documents', item: 'apply-for-asylum' },
    { checklist: 'if-detained', item: 'prepare-your-case-file' },
    { checklist: 'if-detained', item: 'check-your-interpol-data' },
    { threat: 'interpol-wanted-lists' },
  ],
  documents: [
    { tool: 'documents' },
    { checklist: 'documents', item: 'consulate-visit-risk' },
    { checklist: 'documents', item: 'secure-residence-status' },
    { checklist: 'documents', item: 'ask-about-travel-documents' },
    { checklist: 'documents', item: 'keep-originals-safe' },
    { threat: 'expiring-documents' },
  ],
  travel: [
    { checklist: 'before-travel', item: 'check-wanted-status' },
    { checklist: 'before-travel', item: 'avoid-cis-transit' },
    { checklist: 'before-travel', item: 'tell-trusted-contact' },
    { checklist: 'before-travel', item: 'carry-emergency-contacts' },
    { checklist: 'before-travel', item: 'plan-for-refused-entry' },
    { checklist: 'before-travel', item: 'deserters-get-specialist-help' },
    { page: 'matrix' },
  ],
};

/**
 * Countries that accept individual complaints to the UN Human Rights Committee (parties to the
 * Covenant's first Optional Protocol), as the checklist item if-detained#ask-un-committee-interim-measures
 * states with its sources (the UN Treaty Collection's status page among them); keep the two lists
 * the same. `notParty`: countries that have not ratified the Covenant at all, as their emergency
 * file (content/emergency/<country>.yaml) states. Others: unconfirmed. Add a country only with a source.
 * Besides the Treaty Collection's status page, the emergency files cite a UN document per country:
 * Türkiye and Azerbaijan the Committee's concluding observations, Kyrgyzstan the Views in Eliseev v.
 * Kyrgyzstan (entry into force 7 January 1995), Uzbekistan the 2015 concluding observations on its
 * failure to implement Views, Tajikistan the 2019 summary record in which it disputed a Committee
 * recommendation on an individual case.
 */
export const UN_COMPLAINTS = {
  countries: ['armenia', 'azerbaijan', 'georgia', 'kazakhstan', 'kyrgyzstan', 'serbia', 'tajikistan', 'turkey', 'uzbekistan'],
  notParty: ['uae'],
  checklist: 'if-detained',
  item: 'ask-un-committee-interim-measures',
};

/** Council of Europe members among our countries, as sourced in if-detained#ask-echr-rule-39. */
export const COUNCIL_OF_EUROPE = { countries: ['armenia', 'azerbaijan', 'georgia', 'serbia', 'turkey'], checklist: 'if-detained', item: 'ask-echr-rule-39' };
