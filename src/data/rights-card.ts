/**
 * The rights card (issue #16): what a detained reader says or shows to officials, kept once for the
 * "Help now" page and the pocket cards. Russian is what officials in most of these countries read;
 * English is the site's own wording. A translation into a country's own language is added only with
 * where it comes from (a leaflet of a refugee agency, bar association or NGO, or a named
 * native-speaker review with its date): we have none yet, so none is shown.
 */
export const RIGHTS_CARD = {
  ru: ['Я прошу убежища.', 'Мне нужны адвокат и переводчик.', 'Я не согласен (не согласна) на выдворение из страны.'],
  en: ['I am applying for asylum.', 'I want a lawyer and an interpreter.', 'I do not consent to being removed.'],
} as const;

/** The languages the card shows, in order: Russian first, as it is the one most officials here read. */
export const RIGHTS_CARD_LANGS = ['ru', 'en'] as const;
