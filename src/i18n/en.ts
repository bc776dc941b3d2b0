/** Interface strings in English. ru.ts must provide every key (the type enforces it). */
export const en = {
  siteName: 'Exile Safety Atlas',
  tagline: 'Country risks and safety checklists for people who fled Russia',
  homeIntro:
    'Where the Russian state can still reach people who fled it, and what you can do about it. Every rating cites its sources; the guide works offline and keeps nothing about you.',
  skipToContent: 'Skip to content',
  navMain: 'Main',
  menu: 'Menu',
  navCountries: 'Countries',
  navThreats: 'Threats',
  navChecklists: 'Checklists',
  navMatrix: 'Risk table',
  navSearch: 'Search',
  navAbout: 'About',
  navUpdates: 'What changed',
  languageName: 'English',
  switchLanguage: 'Читать по-русски',
  quickExit: 'Quick exit',
  quickExitHint: 'Leaves this site now. Keyboard: press Shift three times.',
  quickExitUrl: 'https://www.bbc.com/weather',
  quickExitWipe: 'Make quick exit also erase everything this site stored on this device (ticks, settings, the offline copy)',
  quickExitWipeNoJs: 'This setting needs JavaScript.',
  removeOffline: 'Remove the offline copy and everything this site stored',
  offlineRemoved: 'Removed. The guide will only work online until you visit it again.',
  planner: {
    intro: 'Enter the expiry dates of your documents. The page works out, on this device, when each one needs action and which steps would mean a visit to a Russian consulate.',
    privacy: 'Nothing you enter leaves this device. Nothing is stored unless you tick "Remember" below.',
    needsJs: 'The planner needs JavaScript. The rules it applies are listed below, so you can work it out by hand.',
    passport: 'Russian international passport expires on',
    residence: 'Residence permit expires on',
    visa: 'Visa or permitted stay ends on',
    country: 'Country you are in',
    noCountry: 'Not listed / prefer not to say',
    remember: 'Remember these dates on this device',
    calculate: 'Show my plan',
    forget: 'Forget these dates',
    resultTitle: 'Your plan',
    status: { expired: 'Expired', urgent: 'Act now', soon: 'Act within three months', ok: 'No action yet' },
    startBy: 'Start by',
    daysLeft: 'days left',
    expiredAgo: 'days ago',
    consulate: 'Renewing it means a visit to a Russian consulate. Read the documents checklist before you go.',
    residenceBlocked: 'Your passport runs out within six months of your residence permit. Renewing the permit usually needs a valid passport, so plan the passport first.',
    rulesTitle: 'The rules the planner uses',
    rules: [
      'Passport: start six months before it expires. Many countries require six months of validity, and a new Russian passport can only be issued by a Russian consulate when you are abroad.',
      'Residence permit: start two months before it expires, with a valid passport.',
      'Visa or permitted stay: act one month before the last day; overstaying can lead to fines, a ban on entry or deportation.',
    ],
    countryLink: 'Risks in this country',
  },
  bundleTitle: 'Download the whole guide',
  bundleZip: 'Offline copy of the English guide (zip)',
  bundleChecksum: 'Its SHA-256 checksum',
  filterNames: { type: 'Type', country: 'Country', threat: 'Threat' },
  searchLabel: 'Search the guide',
  searchPlaceholder: 'Search',
  searchSubmit: 'Search',
  searchNeedsJs:
    'Search needs JavaScript. Every page of the guide is listed below from A to Z instead.',
  searchInFileCopy:
    'Search does not work in a copy opened from files: browsers refuse to run it there. Every page of the guide is listed below from A to Z instead.',
  searchInKiwix:
    "In this archive, search with your reader's own search box (in Kiwix, the magnifying glass at the top). Every page of the guide is also listed below from A to Z.",
  searchAzTitle: 'All pages, A to Z',
  searchLoading: 'Loading search…',
  lastReviewed: 'Last reviewed',
  version: 'Version',
  sources: 'Sources',
  sourcesIntro: 'Numbered as the page cites them. Links lead to other sites; many are in Russian.',
  sourcesOnPage: { one: 'source, listed on its own page', other: 'sources, listed on their own page' },
  sourcesLink: 'Sources for this page',
  undated: 'n.d.',
  archived: 'archived copy',
  /** "(in Spanish)": `name` is the language's English name from Intl.DisplayNames. */
  inLanguage: (name: string) => `in ${name}`,
  staleNotice:
    'This page has not been reviewed for more than {period}. The situation may have changed: check the dates of the sources before you rely on it.',
  /** "more than 6 months": plural forms as countOf takes them. */
  monthsAfterMoreThan: { one: 'month', other: 'months' },
  alsoCalled: 'Also called',
  pocketCard: 'Pocket card',
  pocketCardHint: 'Print on A6 (or A4 at 25%) and keep it with your documents.',
  pocketCardLink: 'Pocket card to print (A6)',
  keyRisks: 'Main risks',
  overallRisk: 'Overall risk',
  risk: { severe: 'Severe', high: 'High', elevated: 'Elevated', low: 'Low', unknown: 'Unknown' },
  riskDescription: {
    severe: 'People have been handed to Russia or seized here in the last three years.',
    high: 'Documented detentions or attempts, or systems known to be used against exiles.',
    elevated: 'The legal or technical means exist; few or no documented cases against exiles.',
    low: 'Sources show that protection works here.',
    unknown: 'We have no sourced information. This is not a sign of safety.',
  },
  firstActions: 'What to do first',
  threatRatings: 'Risk by threat',
  timeline: 'Documented incidents',
  legalFramework: 'Legal framework',
  whereToGetHelp: 'Where to get help',
  changeHistory: 'What changed on this page',
  overview: 'Overview',
  cases: 'Documented cases',
  countryRatings: 'How countries rate',
  whatReducesRisk: 'Checklist items that reduce this risk',
  noCases: 'No documented cases are listed yet.',
  country: 'Country',
  countriesTitle: 'Countries',
  countriesIntro: 'Each country page rates every threat, lists documented incidents and cites its sources.',
  threatsTitle: 'Threats',
  threatsIntro: 'How the Russian state reaches people abroad, explained in plain language.',
  checklistsTitle: 'Safety checklists',
  checklistsIntro: 'Concrete steps, essentials first. Tick them off as you go: your progress stays on this device.',
  matrixTitle: 'Risk table: countries and threats',
  matrixIntro:
    'Each cell gives the rating as a word and a symbol, and links to the reason and sources on the country page.',
  matrixCaption: 'Risk rating by country (rows) and threat (columns)',
  legend: 'Legend',
  checklistFor: 'For',
  itemsAgainstRisks: { one: 'item against the main risks here', other: 'items against the main risks here' },
  priority: { essential: 'Essential', recommended: 'Recommended', advanced: 'Advanced' },
  why: 'Why',
  how: 'How',
  copyLinkShort: 'Copy link',
  whyAndHow: 'Why and how',
  privacyAndSaving: 'Privacy and saving',
  printAndShare: 'Print or pass on',
  printCompact: 'Print compactly: only the actions, with boxes to tick (one or two pages)',
  print: 'Print',
  aboutChecklist: 'About this checklist',
  linkCopied: 'Link copied',
  progress: 'Progress',
  progressOf: 'of',
  progressDone: 'done',
  progressLocal: 'Your ticks are stored only on this device, in this browser. Nothing is sent anywhere.',
  progressNoJs: 'Ticks are not saved while JavaScript is off.',
  keepNothing: 'Keep nothing: forget my ticks when I close this tab',
  clearProgress: 'Clear my progress',
  progressCleared: 'Everything this site stored on this device has been removed.',
  singleFile: 'Download as one file',
  singleFileHint: 'One HTML file that opens on any device without internet, to pass on by messenger or USB stick.',
  addressedBy: 'More checklists for the risks here',
  updatesTitle: 'What changed',
  updatesIntro: 'Dated alerts and changes to country pages, newest first.',
  rssFeed: 'RSS feed',
  countryFeed: 'Follow this country (RSS)',
  offlineSaved: 'Saved for offline use',
  offlineSaving: 'Saving for offline use…',
  offlineUnavailable: 'Not saved for offline use',
  offlineHowTo: 'How offline works',
  updatedNotice: 'The guide has been updated.',
  updatedReload: 'Show the new version',
  notFoundTitle: 'Page not found',
  notFoundText: 'This address does not exist in the guide. It may have been mistyped.',
  toolsTitle: 'Document planner',
  externalLink: '(leaves this site)',
  footerNote: 'Not legal advice. No cookies, no analytics, no third-party requests.',
  methodology: 'How we rate',
  safety: 'Read this site safely',
  clearPage: {
    title: "Remove this site's data from this device",
    intro:
      'Opening this page asks your browser to delete everything this site stored on this device: the offline copy, ticks and settings, and the pages kept in the browser\'s own cache. Most current browsers do it as the page loads, when the server sends the instruction for it. With JavaScript on, the page also removes the offline copy and the stored data itself.',
    done: 'Done: the offline copy and the data this site stored on this device are removed.',
    history: 'Your browsing history is not touched: delete it in your browser\'s settings, or read the site in a private window.',
  },
  pageTypes: { country: 'Country', threat: 'Threat', checklist: 'Checklist', page: 'Guide', update: 'Update', tool: 'Tool' },
} as const;

/**
 * The forms of a noun after a number, one per category that Intl.PluralRules gives for the
 * language: English needs `one` and `other`; Russian also `few` and `many` (1 источник,
 * 2 источника, 5 источников; `other` is for fractions: 1,5 источника).
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** The shape every language must provide: same keys, any strings, plural forms as the language needs. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends PluralForms
        ? PluralForms
        : { [K in keyof T]: Widen<T[K]> };
export type UiStrings = Widen<typeof en>;
