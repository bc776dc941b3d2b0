/**
 * A checklist as one self-contained HTML file: styles inline, no script, no external reference,
 * so it opens from file:// on any device and can be passed on by messenger or USB stick.
 */
import { escapeHtml as e } from './html';
import { asSentence } from './sources';

export interface SingleFileItem {
  id: string;
  action: string;
  why: string;
  how: string[];
}

export interface SingleFileSource {
  publisher: string;
  title: string;
  /** As printed: "12 March 2024", or the "n.d." label. */
  date: string;
  url: string;
}

export interface SingleFileChecklist {
  lang: string;
  siteName: string;
  title: string;
  summary: string;
  audience: string;
  audienceLabel: string;
  versionLabel: string;
  version: string;
  /** The checklist's address on the real site, with its QR code; none in a build without it. */
  url?: string | undefined;
  qrSvg?: string | undefined;
  groups: { heading: string; items: SingleFileItem[] }[];
  whyLabel: string;
  howLabel: string;
  sourcesLabel: string;
  sources: SingleFileSource[];
}

const STYLE = `body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#111;background:#fff}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.2rem;margin-top:1.5rem}ul{list-style:none;padding:0}
li.item{border-top:1px solid #999;padding:.5rem 0;break-inside:avoid}li.item h3{display:flex;gap:.5rem;font-size:1rem;margin:0}
input{width:1.2rem;height:1.2rem;flex:none}ol{margin:.25rem 0 0 1.5rem;padding-left:1rem}.meta{color:#333;font-size:.9rem}
.qr svg{width:7rem;height:7rem}a{color:#0b53a8}@media(prefers-color-scheme:dark){body{background:#15161a;color:#eee}.meta{color:#bbb}a{color:#8cc4ff}.qr svg{background:#fff}}`;

/** One item with its why and how, as the checklist page shows it; `note` follows the action (the plan names its checklist). */
function itemHtml(i: SingleFileItem, labels: { whyLabel: string; howLabel: string }, note = ''): string {
  const why = i.why ? `<p><strong>${e(labels.whyLabel)}:</strong> ${e(i.why)}</p>` : '';
  const how = i.how.length ? `<p><strong>${e(labels.howLabel)}:</strong></p><ol>${i.how.map((s) => `<li>${e(s)}</li>`).join('')}</ol>` : '';
  return `<li class="item"><h3 id="${e(i.id)}"><input type="checkbox" id="c-${e(i.id)}"><label for="c-${e(i.id)}">${e(i.action)}</label></h3>${note}
${why}${how}</li>`;
}

function sourcesHtml(label: string, lines: readonly string[]): string {
  return lines.length ? `<h2>${e(label)}</h2><ol>${lines.map((line) => `<li>${e(line)}</li>`).join('')}</ol>` : '';
}

/** The page around the content: self-contained, no script, nothing fetched (the CSP says so too). */
function documentHtml(lang: string, title: string, siteName: string, header: string, main: string): string {
  return `<!doctype html>
<html lang="${e(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer"><title>${e(title)} · ${e(siteName)}</title><style>${STYLE}</style></head>
<body><header><p class="meta">${e(siteName)}</p><h1>${e(title)}</h1>
${header}</header>
<main>${main}</main></body></html>
`;
}

export function singleFileChecklist(c: SingleFileChecklist): string {
  const groups = c.groups
    .filter((g) => g.items.length)
    .map((g) => `<h2>${e(g.heading)}</h2><ul>${g.items.map((i) => itemHtml(i, c)).join('\n')}</ul>`)
    .join('\n');
  const header = `<p>${e(c.summary)}</p><p class="meta">${e(c.audienceLabel)}: ${e(c.audience)}<br>${e(c.versionLabel)} ${e(c.version)}${c.url ? `<br>${e(c.url)}` : ''}</p>
${c.url && c.qrSvg ? `<div class="qr" role="img" aria-label="${e(c.url)}">${c.qrSvg}</div>` : ''}`;
  const sources = c.sources.map((s) => `${s.publisher}. ${s.title}. ${asSentence(s.date)} ${s.url}`);
  return documentHtml(c.lang, c.title, c.siteName, header, groups + sourcesHtml(c.sourcesLabel, sources));
}

/**
 * "My plan" as one file (issue #17), made in the browser from the plan page and the pages its
 * items and steps come from: like a checklist's copy, each item with its why and how (left out
 * when its checklist could not be read, offline without a saved copy), then the sources they
 * rest on, and first the steps for the reader's country, if the plan has one.
 */
export interface SingleFilePlan {
  lang: string;
  siteName: string;
  title: string;
  /** Lines under the title: where the plan came from, the country it is for. */
  notes: string[];
  groups: { heading: string; items: (SingleFileItem & { checklistTitle: string })[] }[];
  /** The country's own steps, as the page shows them. */
  country?: { heading: string; sections: { heading: string; lines: string[] }[] } | undefined;
  whyLabel: string;
  howLabel: string;
  sourcesLabel: string;
  /** Each source as the site's source lists print it: "Publisher. Title. Date. Address". */
  sources: string[];
}

export function singleFilePlan(p: SingleFilePlan): string {
  const country = p.country
    ? `<h2>${e(p.country.heading)}</h2>${p.country.sections.map((s) => `<h3>${e(s.heading)}</h3><ul class="steps">${s.lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`).join('\n')}`
    : '';
  const groups = p.groups
    .filter((g) => g.items.length)
    .map((g) => `<h2>${e(g.heading)}</h2><ul>${g.items.map((i) => itemHtml(i, p, `<p class="meta">${e(i.checklistTitle)}</p>`)).join('\n')}</ul>`)
    .join('\n');
  const header = p.notes.map((n) => `<p class="meta">${e(n)}</p>`).join('');
  return documentHtml(p.lang, p.title, p.siteName, header, country + groups + sourcesHtml(p.sourcesLabel, p.sources));
}
