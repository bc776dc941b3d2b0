/**
 * The rights card (issue #16): what a detained reader says or shows to officials, kept once for the
 * "Help now" page and the pocket cards. Russian is what officials in most of these countries read;
 * English is the site's own wording. A translation into a country's own language is added only with
 * where it comes from (a leaflet of a refugee agency, bar association or NGO, or a named
 * native-speaker review with its date): we have none yet, so none is shown.
 *
 * Searched 2026-11-26 (late), stored pages: Turkish "sığınma talep ediyorum avukat ve tercüman
 * istiyorum hak kartı broşür" found Turkish information pages (multecihaklari.info on legal aid,
 * lawyers' blogs saying a free interpreter may be asked for) but no first-person sentences; the
 * Refugee Phrasebook (a CC0 volunteer phrasebook, Open Knowledge Foundation Deutschland) has legal
 * phrases such as "How can I claim asylum?" in Turkish and Arabic, but only news reports about it were
 * stored, not its phrase tables, and it is a crowd-sourced translation rather than a leaflet of a
 * refugee agency, bar association or NGO checked by one. Georgian "ვითხოვ თავშესაფარს მჭირდება
 * ადვოკატი და თარჯიმანი" found nothing on the subject. UNHCR's Armenian help pages
 * (help.unhcr.org/armenia) came back only in English, and say a claim may be made orally, in writing
 * or in sign language (now on the Armenia steps) but give no sentence to read out. Not yet searched:
 * UNHCR help pages in Azerbaijani, Kazakh, Kyrgyz, Uzbek, Tajik; bar associations' leaflets.
 */
export const RIGHTS_CARD = {
  ru: ['Я прошу убежища.', 'Мне нужны адвокат и переводчик.', 'Я не согласен (не согласна) на выдворение из страны.'],
  en: ['I am applying for asylum.', 'I want a lawyer and an interpreter.', 'I do not consent to being removed.'],
} as const;

/** The languages the card shows, in order: Russian first, as it is the one most officials here read. */
export const RIGHTS_CARD_LANGS = ['ru', 'en'] as const;
