/**
 * A checklist as one self-contained HTML file: styles inline, no script, no external reference,
 * so it opens from file:// on any device and can be passed on by messenger or USB stick.
 */
import { escapeHtml as e } from './html';
import { asSentence } from './sources';

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
  groups: { heading: string; items: { id: string; action: string; why: string; how: string[] }[] }[];
  whyLabel: string;
  howLabel: string;
  sourcesLabel: string;
  sources: { publisher: string; title: string; date: string; url: string }[];
}

const STYLE = `body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#111;background:#fff}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.2rem;margin-top:1.5rem}ul{list-style:none;padding:0}
li.item{border-top:1px solid #999;padding:.5rem 0;break-inside:avoid}li.item h3{display:flex;gap:.5rem;font-size:1rem;margin:0}
input{width:1.2rem;height:1.2rem;flex:none}ol{margin:.25rem 0 0 1.5rem;padding-left:1rem}.meta{color:#333;font-size:.9rem}
.qr svg{width:7rem;height:7rem}a{color:#0b53a8}@media(prefers-color-scheme:dark){body{background:#15161a;color:#eee}.meta{color:#bbb}a{color:#8cc4ff}.qr svg{background:#fff}}`;

export function singleFileChecklist(c: SingleFileChecklist): string {
  const groups = c.groups
    .filter((g) => g.items.length)
    .map(
      (g) =>
        `<h2>${e(g.heading)}</h2><ul>${g.items
          .map(
            (i) => `<li class="item"><h3 id="${e(i.id)}"><input type="checkbox" id="c-${e(i.id)}"><label for="c-${e(i.id)}">${e(i.action)}</label></h3>
<p><strong>${e(c.whyLabel)}:</strong> ${e(i.why)}</p><p><strong>${e(c.howLabel)}:</strong></p><ol>${i.how.map((s) => `<li>${e(s)}</li>`).join('')}</ol></li>`,
          )
          .join('\n')}</ul>`,
    )
    .join('\n');
  const sources = c.sources.length
    ? `<h2>${e(c.sourcesLabel)}</h2><ol>${c.sources.map((s) => `<li>${e(s.publisher)}. ${e(s.title)}. ${e(asSentence(s.date))} ${e(s.url)}</li>`).join('')}</ol>`
    : '';
  return `<!doctype html>
<html lang="${e(c.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer"><title>${e(c.title)} · ${e(c.siteName)}</title><style>${STYLE}</style></head>
<body><header><p class="meta">${e(c.siteName)}</p><h1>${e(c.title)}</h1>
<p>${e(c.summary)}</p><p class="meta">${e(c.audienceLabel)}: ${e(c.audience)}<br>${e(c.versionLabel)} ${e(c.version)}${c.url ? `<br>${e(c.url)}` : ''}</p>
${c.url && c.qrSvg ? `<div class="qr" role="img" aria-label="${e(c.url)}">${c.qrSvg}</div>` : ''}</header>
<main>${groups}${sources}</main></body></html>
`;
}
