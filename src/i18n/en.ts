/** Interface strings in English. ru.ts must provide every key (the type enforces it). */
import { profileEn } from './profile.en';
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
  /** The link to this language from a page in another: written in this language. */
  readInThisLanguage: 'Read in English',
  /** Dates are written with Intl.DateTimeFormat in this locale (British order: 2 June 2023). */
  locale: 'en-GB',
  quickExit: 'Quick exit',
  quickExitHint: 'Leaves this site now. Keyboard: press Shift three times.',
  /** Where quick exit goes unless the reader chose another place: this language's Wikipedia main page (why: src/lib/quick-exit.ts). */
  quickExitTo: 'https://en.wikipedia.org/wiki/Main_Page',
  quickExitWipe: 'Make quick exit also erase everything this site stored on this device (ticks, settings, the offline copy)',
  settings: {
    title: 'Your settings',
    intro: 'Kept only in this browser on this device. Nothing is sent anywhere.',
    exitWhere: 'Where quick exit takes you',
    exitDefault: 'Wikipedia, main page (the default)',
    presets: {
      google: 'Google search',
      bbcWeather: 'BBC Weather, in English',
      yandexWeather: 'Yandex Weather. A Russian company: it learns your IP address and the moment you left',
    },
    exitCustom: 'Another address',
    exitCustomHint: 'A full address that starts with https://',
    exitInvalid: 'Not saved: enter a full address of another site that starts with https://.',
    saved: 'Saved on this device.',
    normalHistory: 'Normal history: Back returns to pages of this site. Quick exit then cannot take those pages out of Back.',
    discreetTitles: 'Discreet titles: the tab and the browser history show "Notes" instead of page titles. The page address still shows.',
    noJs: 'These settings need JavaScript. Without it, quick exit is an ordinary link to Wikipedia, and Back returns to this site.',
  },
  discreetTitle: 'Notes',
  appName: 'Atlas',
  planner: {
    intro:
      'Enter the expiry dates of your documents. The page works out, on this device, when each one needs action and which steps would mean a visit to a Russian consulate.',
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
    startToday: 'Start today',
    daysLeft: 'days left',
    expiredAgo: 'days ago',
    consulate: 'Renewing it means a visit to a Russian consulate. Read the documents checklist before you go.',
    residenceBlocked:
      'Your passport runs out within six months of your residence permit. Renewing the permit usually needs a valid passport, so plan the passport first.',
    rulesTitle: 'The rules the planner uses',
    rules: [
      'Passport: start six months before it expires. Many countries require six months of validity, and a new Russian passport can only be issued by a Russian consulate when you are abroad.',
      'Residence permit: start two months before it expires, with a valid passport.',
      'Visa or permitted stay: act one month before the last day; overstaying can lead to fines, a ban on entry or deportation.',
    ],
    countryLink: 'Risks in {country}',
    stayTitle: 'Days in the country',
    stayRule: '{country} allows {days} in any {window} without a residence permit. Enter each trip of the last {windowDays}.',
    stayTrip: 'Trip {n}',
    stayEntry: 'arrived on',
    stayExit: 'left on (empty if you are still there)',
    stayResultTitle: 'Your days in {country}',
    stayUsed: '{used} of {ofDays} used in the last {windowDays}, today included.',
    stayLastDay: 'If you stay on, your last allowed day is {date}.',
    stayEnterToday: 'If you entered today, you could stay until {date}.',
    stayNoneLeft: 'No days left today: without a permit you cannot stay or enter now.',
    stayOver: 'By this count you are over the limit. Talk to a lawyer before you go to the migration service or to a border.',
    stayErrors: {
      'exit-before-entry': 'Trip {n}: the day you left is before the day you arrived.',
      'entry-in-future': 'Trip {n}: the arrival day is in the future. Enter only trips that have begun.',
    },
    stayHowTitle: 'Stay rules: how to count your days',
    stayHow: [
      'Count every day you were in the country: the day you arrived and the day you left both count.',
      'On any day, the days in the window that ends that day must not be more than the limit. Check the day you plan to leave.',
      'Some authorities count the window from your first entry instead. The planner checks every window, which is the stricter reading: it never allows more.',
      'Rules change. Confirm your count with a lawyer or the migration service, not in chats.',
    ],
    stayRulesIntro: 'The planner counts a stay rule only for countries where a source states it:',
    stayRuleLine: '{country}: {days} in any {window}',
    /** The stay rules' counts: {days}, {windowDays} ("90 days") and {ofDays} ("of 90 days"); {window} is the bare number. */
    days: { one: 'day', other: 'days' },
    ofDays: { one: 'day', other: 'days' },
  },
  bundleTitle: 'Download the whole guide',
  bundleZip: 'Offline copy of the English guide (zip)',
  bundleChecksum: 'Its SHA-256 checksum',
  filterNames: { type: 'Type', country: 'Country', threat: 'Threat' },
  searchLabel: 'Search the guide',
  searchPlaceholder: 'Search',
  searchSubmit: 'Search',
  searchNeedsJs: 'Search needs JavaScript. Every page of the guide is listed below from A to Z instead.',
  searchInFileCopy:
    'Search does not work in a copy opened from files: browsers refuse to run it there. Every page of the guide is listed below from A to Z instead.',
  signingKeyIntro: 'Every genuine download is signed with this key:',
  signingKeyId: 'Key ID',
  signingKeyShort: 'Check copies with minisign, key',
  signingKeyNone: 'The maintainers have not published a signing key yet, so no download is signed. Do not trust a copy that claims to be signed.',
  searchInKiwix:
    "In this archive, search with your reader's own search box (in Kiwix, the magnifying glass at the top). Every page of the guide is also listed below from A to Z.",
  searchFilters: 'Filter results',
  searchResults: { one: 'result', other: 'results' },
  searchSummary: '{count} for “{query}”',
  searchNone: 'Nothing found for “{query}”. Try another word, or look through the list of all pages below.',
  searchMore: 'Show more results',
  searchFailed: 'Search could not start. The list of all pages below works without it.',
  searchAzTitle: 'All pages, A to Z',
  lastReviewed: 'Last reviewed',
  newestEvent: 'Newest event reported',
  version: 'Version',
  sources: 'Sources',
  sourcesIntro: 'Numbered as the page cites them. Links lead to other sites; many are in Russian.',
  sourcesOnPage: { one: 'source, listed on its own page', other: 'sources, listed on their own page' },
  sourcesLink: 'Sources for this page',
  undated: 'n.d.',
  archived: 'archived copy',
  /** Follows our own description of a source whose headline we do not have (content/sources: `described: true`). */
  describedSource: 'description; the headline is not in the copies we read',
  /** "(in Spanish)": `name` is the language's English name from Intl.DisplayNames. */
  inLanguage: (name: string) => `in ${name}`,
  staleNotice: 'This page has not been reviewed for more than {period}. The situation may have changed: check the dates of the sources before you rely on it.',
  /** "more than 6 months": plural forms as countOf takes them. */
  monthsAfterMoreThan: { one: 'month', other: 'months' },
  alsoCalled: 'Also called',
  pocketCard: 'Pocket card',
  pocketCardHint:
    'Made for A6 paper (105 × 148 mm): choose A6 as the paper size. On A4 paper, print at actual size (100 %, not “fit to page”): the card takes a quarter of the sheet; cut along its edge. Keep it with your documents.',
  pocketCardLink: 'Pocket card to print (A6)',
  card: {
    plainLink: 'Plain version, without the site’s name',
    plainHint:
      'This version prints neither the name nor the address of this site. In the print dialog, also turn off “Headers and footers”: they print the page’s address.',
    fullLink: 'Version with the QR code of the country page',
    carryWarning: 'If your route passes through Russian border control, do not carry this card there: learn the sentences by heart instead.',
    stepsTitle: 'Steps and deadlines',
    noSteps: 'No sourced steps for this country yet.',
    noStepsWhere: 'The “Help now” page of the site has the general steps.',
    phrasesTitle: 'Say or show',
    numbersTitle: 'Phone numbers',
    noNumbers: 'No checked numbers for this country yet.',
    checked: 'checked',
    /** Neutral labels: a card found in a bag search names no organisation (security advice review, 2026-11). */
    contactLabels: {
      legal: 'Lawyers',
      asylum: 'Asylum',
      extradition: 'Lawyers',
      deserters: 'Lawyers',
      detention: 'Lawyers',
      digital: 'Phone and account help',
      documents: 'Documents',
      shelter: 'Shelter',
    },
  },
  overallRisk: 'Overall risk',
  risk: { severe: 'Severe', high: 'High', elevated: 'Elevated', low: 'Low', unknown: 'Unknown' },
  riskDescription: {
    severe: 'People have been handed to Russia or seized here in the last three years.',
    high: 'Documented detentions or attempts, or systems known to be used against exiles.',
    elevated: 'The legal or technical means exist; few or no documented cases against exiles.',
    low: 'Sources show that protection works here.',
    unknown: 'We have no sourced information. This is not a sign of safety.',
  },
  firstStep: 'First step',
  whatToDo: 'What to do',
  situations: {
    wanted: 'If you are wanted in Russia',
    mobilisation: 'If you avoided mobilisation or left the army',
    living: 'If you live here',
    helping: 'If you help others',
  },
  checklistsHere: 'Checklists for this country',
  onThisPage: 'On this page',
  whyThisRating: 'Why this rating',
  /** Headings a country body may use; the page moves these sections (see src/lib/sections.ts). */
  whoCanHelp: 'Who can help',
  sourcesDisagree: 'Where sources disagree',
  allIncidents: 'All incidents, with the legal framework',
  evidenceTitle: 'Incidents, law and sources',
  threatRatings: 'Risk by threat',
  timeline: 'Documented incidents',
  legalFramework: 'Legal framework',
  whereToGetHelp: 'Where to get help',
  changeHistory: 'What changed on this page',
  overview: 'Overview',
  /** Before links from a country page's overview to its longer sections on the evidence page. */
  moreInDetail: 'In detail',
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
  matrixIntro: 'Each cell shows the rating as a symbol and colour (named in the key below) and links to the reason and sources on the country page.',
  matrixCaption: 'Risk rating by country (rows) and threat (columns)',
  legend: 'Legend',
  legendMeaning: 'What the levels mean',
  scrollSideways: 'The table scrolls sideways',
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
  /** The counter above a checklist: the words around the numbers in this language's order. */
  progressCount: '{done} of {total} done',
  progressLocal: 'Your ticks are stored only on this device, in this browser. Nothing is sent anywhere.',
  progressNoJs: 'Ticks are not saved while JavaScript is off.',
  keepNothing: 'Keep nothing on this device: forget my ticks and answers when I close the tab (in every tab)',
  clearProgress: 'Clear my progress',
  progressCleared: 'Your ticks in every checklist were removed from this device. Your settings and the saved offline copy, if any, are still there.',
  singleFile: 'Download as one file',
  singleFileHint: 'One HTML file that opens on any device without internet, to pass on by messenger or USB stick.',
  addressedBy: 'More checklists for the risks here',
  updatesTitle: 'What changed',
  updatesIntro: 'Dated alerts and changes to country pages, newest first.',
  rssFeed: 'RSS feed',
  countryFeed: 'Follow this country (RSS)',
  offline: {
    offer:
      'Save this guide on this device, so that it opens without internet? The country, threat and checklist pages in English and the search would be saved in this browser{size}; other pages are kept once you open them. Anyone who checks the site data in this browser could see it. You can remove it at any time with the button at the bottom of every page.',
    /** What saving downloads from the site's server, and what the browser then keeps (offline-size.json). */
    size: ' (about {download} MB to download, {stored} MB on this device)',
    save: 'Save for offline use',
    decline: 'Do not save',
    saving: 'Saving for offline use…',
    saved: 'Saved for offline use.',
    savedOn: 'Saved for offline use on {date}.',
    notSaved: 'Not saved for offline use.',
    old: 'This saved copy of the guide is from {date}, more than {period} ago. Connect to the internet to get the current version, and check the dates of the sources.',
    remove: 'Remove everything this site stored',
    removed: 'Removed: the offline copy, your ticks and your settings. Nothing is saved again unless you choose to save it.',
    /** The downloadable copy's own files (src/lib/bundles.ts): the link of the page that opens it, and its README.txt. */
    bundleOpen: 'Open the guide',
    bundleReadme: ({ folder, checksum, home }: BundleNames) => `Exile Safety Atlas: offline copy (English)

Open it by double-clicking: no internet and no programs needed.
  1. Unzip this file. You get a folder named ${folder}.
  2. In that folder, open index.html in any web browser.
Every page, the pocket cards and the checklists work from the files. Search does not: browsers
refuse to run it from files, so the search page lists every page from A to Z instead.

Check the download first: the SHA-256 sum of the zip must match the .sha256 file published beside it
  (sha256sum -c ${checksum}).
Single checklists also exist as one-file copies that open anywhere: see any checklist page.

With a local web server search works too: in the folder run
  python3 -m http.server 8000 --bind 127.0.0.1
and open ${home} in your browser.
`,
  },
  offlineHowTo: 'How offline works',
  updatedNotice: 'The guide has been updated.',
  updatedReload: 'Show the new version',
  notFoundTitle: 'Page not found',
  notFoundText: 'This address does not exist in the guide. It may have been mistyped.',
  toolsTitle: 'Document planner',
  externalLink: '(leaves this site)',
  footerNote: 'Not legal advice. No cookies, no analytics, no third-party requests.',
  /** Share previews (issue 18): the footer's discreet link, and what its preview and page say, naming nothing. */
  share: {
    discreetLink: 'Discreet link to this page',
    discreetNote: 'for messengers: its preview names neither the page nor the site (the address itself still shows the domain).',
    neutralTitle: 'Shared link',
    neutralDescription: 'Open the link to read the page.',
    neutralImageAlt: 'A page of text',
    open: 'Open the page',
  },
  methodology: 'How we rate',
  safety: 'Read this site safely',
  clearPage: {
    title: "Remove this site's data from this device",
    intro:
      "Opening this page asks your browser to delete everything this site stored on this device: the offline copy, ticks and settings, and the pages kept in the browser's own cache. Most current browsers do it as the page loads, when the server sends the instruction for it. With JavaScript on, the page also removes the offline copy and the stored data itself.",
    done: 'Done: the offline copy and the data this site stored on this device are removed.',
    history: "Your browsing history is not touched: delete it in your browser's settings, or read the site in a private window.",
  },
  pageTypes: { country: 'Country', threat: 'Threat', checklist: 'Checklist', page: 'Guide', update: 'Update', tool: 'Tool' },
  helpNow: {
    link: 'Help now',
    title: 'Help now',
    summary:
      'What to do in the worst hours: you or someone close to you detained, a wanted listing, documents expiring or taken, a trip you must make. Steps for the country you are in, and who to call.',
    intro: 'Choose what is happening and the country you are in: what to do there, and who can help.',
    notLegalAdvice: 'This is not legal advice. Call a lawyer as early as you can.',
    situationsTitle: 'What is happening?',
    situations: {
      detained: 'I am being detained or questioned now',
      'someone-detained': 'Someone I know was detained',
      wanted: 'I was told I am wanted (Russian, CIS or Interpol listing)',
      documents: 'My passport or permit is expiring or was taken',
      travel: 'I must travel',
    },
    nextForCountry: 'Next: the steps and contacts for the country you are in',
    chooseCountry: 'Which country are you in?',
    chooseCountryNoJs: 'Go to your country:',
    yourCountry: 'Your country',
    showAllCountries: 'Show all countries',
    forgetCountry: 'Forget my country',
    rememberedHere: 'Remembered only on this device, and only for this tab if you chose "Keep nothing" on a checklist. "Forget my country" erases it.',
    countrySteps: 'Steps and contacts: {country}',
    countryPage: 'Full country page: ratings, cases, sources',
    /** Before a page to read after a situation's steps (a threat page, the planner, the risk table). */
    readMore: 'Read more:',
    /** The link to the checklist item on a UN complaint or a Rule 39 request, after the sentence that says it can be made. */
    howToAsk: 'How to ask for it',
    someoneDetainedLead: 'The first step is yours. The others are what the person detained needs: pass them on to them or their lawyer.',
    stopsTitle: 'What can stop a handover here',
    unYes: 'The country accepts individual complaints to the UN Human Rights Committee: a lawyer can ask it for interim measures.',
    unUnconfirmed: 'We have not confirmed that this country accepts individual complaints to the UN Human Rights Committee.',
    unNo: 'The country has not ratified the International Covenant on Civil and Political Rights: the UN Human Rights Committee cannot take complaints about it.',
    echrYes: 'A Council of Europe member: a lawyer can ask the European Court of Human Rights for an urgent Rule 39 measure.',
    echrNo: 'Not a Council of Europe member: the European Court of Human Rights (Rule 39) cannot help here.',
    contactsTitle: 'Who can help',
    regionTitle: 'Organisations that work across the region',
    directoryTitle: 'Help directory',
    directoryIntro:
      "Every contact is copied from the organisation's own website, with that page and the day we checked it. A contact not re-checked for more than {period} is marked: confirm it on the organisation's site first.",
    noContactsHere: 'We have no checked contacts for organisations in this country yet. The organisations below work across the region.',
    checked: 'checked',
    pageFrom: 'from',
    unverified: 'Not re-checked for more than {period}',
    /** "more than 90 days": plural forms as countOf takes them. */
    daysAfterMoreThan: { one: 'day', other: 'days' },
    noChannel: 'No phone or messenger published: contact it through its website.',
    website: 'Website',
    source: 'Source',
    kinds: { phone: 'Phone', telegram: 'Telegram', signal: 'Signal', email: 'E-mail', web: 'Web' },
    topics: {
      legal: 'legal help',
      asylum: 'asylum',
      extradition: 'extradition',
      deserters: 'deserters and mobilisation',
      detention: 'detention',
      digital: 'digital emergencies',
      documents: 'documents',
      shelter: 'shelter',
    },
    asylumTitle: 'Claiming asylum here',
    clocksTitle: 'Deadlines and how fast things move',
    handoverTitle: 'How hand-overs have happened here',
    noEmergencyYet: 'We have no sourced country-specific steps for this country yet: follow the steps above and call the organisations below.',
    stepsReviewed: 'Steps reviewed',
    rightsCardTitle: 'Rights card',
    rightsCardIntro:
      'Show this to officials, or read it out. It says: "I am applying for asylum. I want a lawyer and an interpreter. I do not consent to being removed."',
    rightsCardNoTranslation:
      'We show it in Russian only: we have not yet found a translation into Kazakh, Kyrgyz, Armenian, Georgian or the other local languages that was published by a refugee agency, bar association or NGO, or checked by a named native speaker. We will add one only with its source.',
    routeTitle: 'Check a route',
    routeIntro:
      'For a person on a Russian interstate (CIS) wanted list or an Interpol notice. Each leg of the trip, from one country to the next, is as risky as the worse of its two ends, since a person can be stopped leaving as well as arriving or changing planes. The ratings are those of the country pages: checks at the border, wanted lists and extradition. Worked out on this device: nothing is sent or stored.',
    routeFrom: 'Where you are now',
    routeChange: 'Change {n}: where you change planes or cross a border (optional)',
    routeAddChange: 'Add another change',
    routeTo: 'Where you are going',
    routeNone: '(none)',
    routeOutside: 'Another country (not in the atlas)',
    routeNoRussia: 'Russia is not in these lists: the atlas does not rate it. If your route passes through Russian border control, read “{checklist}”.',
    routeCheck: 'Check this route',
    routeLegs: 'Leg by leg',
    routeRoles: { from: 'leaving', via: 'changing', to: 'arriving' },
    routeWhy: 'Why',
    routeAtLeast: 'or higher: not everything on this leg is rated',
    routeUnrated: 'Not rated (this is not a sign of safety)',
    routeOutsideName: 'another country',
    routeOutsideLeg: 'Another country: the atlas has no ratings for it, and this is not a sign of safety.',
    // The sourced wording of content/threats/en/interpol-wanted-lists.mdx ("How it works"), which the link cites.
    routeInterpol:
      'A red notice is an alert to all Interpol member countries asking them to locate and arrest a person; a red diffusion is a similar request sent only to chosen countries.',
    routeNoJs: 'Without JavaScript, look up each country of your route in this table: each leg is as risky as the worse of its two ends.',
    routeTableCaption: 'Ratings that matter at a border, by country',
    crossingsTitle: 'Airports and borders: documented cases',
    helpsWith: 'Helps with',
    worksIn: 'Languages',
  },
  /** "My situation" (issue #17): in a module of its own, so the profile script loads only these strings. */
  profile: profileEn,
  /** The data page (/data/ files, src/lib/open-data.ts) and the incident vocabularies (src/lib/incidents.ts): a label and a definition per value. */
  openData: {
    evidenceLink: 'These incidents as open data',
    download: 'Download',
    allCountries: 'All countries',
    byCountry: 'By country',
    schema: 'JSON Schema (describes the JSON files)',
    licence: 'Licence',
    licenceNone:
      'Licence: none chosen yet. Until the maintainers choose one, link to the records, and ask the maintainers before republishing the data or its texts.',
    licenceIs: 'Licence: {licence}. Credit Exile Safety Atlas and cite each record’s sources.',
    records: { one: 'record', other: 'records' },
    fieldsTitle: 'Fields',
    valuesTitle: 'Values',
    valuesIntro: 'Each classification uses one of these values. The number is how many records use it now.',
    fields: {
      id: "Permanent id of the record. It never changes and is never reused; it is also the record's anchor on the country's evidence page.",
      country: 'The country page the record belongs to (its address).',
      date: 'When it happened, only as precisely as the sources say: a day (2023-06-02), a month (2023-06) or a year (2023).',
      date_precision: '“day”, “month” or “year”: how much of the date is known.',
      place: 'Where it happened, in each language; “nationwide” for a national law or roll-out; “unknown” when the sources do not say.',
      kind: 'What happened: one value from the list below.',
      groups: 'Who was targeted or affected: one or more values.',
      basis: 'The legal ground the sources state: one or more values.',
      outcome: 'How it ended, as far as the sources reported when the record was written. A later development is a record of its own.',
      text: 'What happened, in one or two sentences, as the site shows it, in each language.',
      sources: "Every source of the record: publisher, the publisher's own title, date and address. In the CSV, source_ids and source_urls.",
      page: "The record on the country's evidence page in each language, as an address from the site's root.",
    },
    kinds: {
      'extradition-request': ['Extradition request', 'Russia or another state asked for the person: arrest, custody or a decision on the request.'],
      extradition: ['Extradition', 'The person was handed over under an extradition decision.'],
      deportation: ['Deportation', 'Deported or expelled, or ordered to be, under immigration or administrative law.'],
      rendition: ['Hand-over without procedure', 'Handed to Russian officials or taken to Russia with no extradition or deportation decision reported.'],
      'entry-refusal': ['Entry refused', 'Turned back at a border or an airport.'],
      detention: ['Detention', 'Held by police or security services; the text says why where the sources do.'],
      'residence-revoked': ['Residence refused or revoked', 'A residence permit refused, not extended or taken away.'],
      'passport-seizure': ['Passport taken', 'A passport confiscated or annulled.'],
      'asylum-decision': ['Asylum decision', 'A decision on asylum or refugee status, or on an appeal against one.'],
      prosecution: ['Prosecution', 'Charged, tried or sentenced.'],
      'document-check': ['Document checks', 'Police checks of documents at homes or in the street.'],
      surveillance: ['Surveillance', 'Cameras, face recognition and other surveillance: their roll-out and use.'],
      'pressure-on-organisations': ['Pressure on organisations', 'An organisation or a media outlet closed, banned or put under pressure.'],
      'law-or-policy': ['Law or policy', 'A law, rule or official practice that applies to many people.'],
      report: ['Report or figures', 'An official statement, figures or a published account, not one case.'],
    },
    groups: {
      'anti-war': ['Anti-war', 'Anti-war activists, and people prosecuted in Russia for what they said or did about the war.'],
      'political-activist': ['Political activists', 'Members and supporters of opposition and other political movements.'],
      journalist: ['Journalists', 'Journalists and media workers.'],
      'human-rights-defender': ['Human-rights defenders', 'People who defend human rights.'],
      ngo: ['Organisations', 'Civil-society organisations and their staff.'],
      protester: ['Protesters', 'People who took part in protests in the country.'],
      deserter: ['Deserters', 'Soldiers who left the Russian army.'],
      'draft-evader': ['Evading service', 'People who avoided or refused mobilisation or military service.'],
      'criminal-suspect': ['Criminal suspects', 'People wanted on an ordinary criminal charge, as the sources describe it.'],
      russians: ['Russians in general', 'Russian citizens in the country, not one group among them.'],
      foreigners: ['Foreigners in general', 'Foreign citizens in the country, Russians among them.'],
      'general-public': ['Everyone', 'A measure that applies to everyone in the country.'],
      other: ['Other', 'A group not in this list; the text says who.'],
      unknown: ['Not stated', 'The sources do not say.'],
    },
    bases: {
      'interstate-list': ['CIS interstate wanted list', "The CIS countries' shared wanted list."],
      interpol: ['Interpol', "An Interpol notice, or a request through Interpol's channels."],
      'wanted-list': ['Russian wanted list, unspecified', 'Russia had put the person on a wanted list; the sources do not say which.'],
      'minsk-convention': ['Minsk Convention', 'The CIS convention on legal assistance of 1993.'],
      'chisinau-convention': ['Chisinau Convention', 'The CIS convention on legal assistance of 2002.'],
      'bilateral-treaty': ['Bilateral treaty', 'A treaty between the country and Russia.'],
      'national-law': ['National law', "The country's own law: border, immigration, administrative, security or criminal."],
      'no-legal-procedure': ['No legal procedure', 'The sources say it happened without any court or official decision.'],
      'not-applicable': ['Not applicable', 'The record is about a law, a roll-out or figures, not a case against someone.'],
      unknown: ['Not stated', 'The sources do not say.'],
    },
    outcomes: {
      released: ['Released', 'Let go.'],
      'released-with-restrictions': ['Released with restrictions', 'Let go, but barred from leaving or under a pledge.'],
      'in-custody': ['In custody', 'Still held when the sources reported.'],
      'extradition-approved': ['Extradition approved', 'A court or prosecutor approved the extradition.'],
      'extradition-refused': ['Extradition refused', 'The request was refused.'],
      'extradition-suspended': ['Extradition suspended', 'Put on hold, for example until an asylum decision.'],
      extradited: ['Extradited', 'Handed over under an extradition decision.'],
      deported: ['Deported or expelled', 'Made to leave the country.'],
      'handed-to-russia': ['Handed to Russia', 'Handed to Russian officials or taken to Russia with no decision reported.'],
      'ordered-to-leave': ['Ordered to leave', 'Ordered to leave the country, or expulsion decided.'],
      'entry-refused': ['Entry refused', 'Not let into the country.'],
      'permit-refused': ['Permit refused', 'The residence permit was refused or not extended.'],
      'decision-reversed': ['Decision reversed', 'Overturned on appeal or by the authorities.'],
      'asylum-seeker-status': ['Asylum-seeker status', 'Given the status of a person seeking asylum.'],
      'asylum-refused': ['Asylum refused', 'Asylum or refugee status refused, or the refusal upheld.'],
      sentenced: ['Sentenced', 'A court passed a sentence.'],
      'left-the-country': ['Left the country', 'The person left on their own.'],
      'closed-or-banned': ['Closed or banned', 'The organisation closed, or it or its materials were banned.'],
      'not-applicable': ['Not applicable', 'The record is about a law, a roll-out or figures.'],
      unknown: ['Not known', 'The sources do not report how it ended.'],
    },
    places: {
      nationwide: ['Nationwide', 'A national law or roll-out.'],
      unknown: ['Not stated', 'The sources do not say where.'],
    },
  },
} as const;

/**
 * The forms of a noun after a number, one per category that Intl.PluralRules gives for the
 * language: English needs `one` and `other`; Russian also `few` and `many` (1 источник,
 * 2 источника, 5 источников; `other` is for fractions: 1,5 источника).
 */
/** What a bundle's README names: its folder, its checksum file, and its home page on a local server. */
export interface BundleNames {
  folder: string;
  checksum: string;
  home: string;
}

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
