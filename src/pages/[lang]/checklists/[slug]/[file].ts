/** The single-file copy of a checklist: /en/checklists/<slug>/notes-<code>-en.html (lib/checklist-view.ts, singleFileName) */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site, splitId, type Checklist } from '../../../../data/site';
import { groupByPriority, singleFileName } from '../../../../lib/checklist-view';
import { singleFileChecklist } from '../../../../lib/single-file';
import { formatPartialDate, isoDay } from '../../../../lib/dates';
import { pageHref, printedAddress } from '../../../../lib/urls';
import { qrSvg } from '../../../../lib/qr';
import { ui } from '../../../../i18n';

export const getStaticPaths = (async () =>
  (await site()).checklists.map((entry) => {
    const { lang, slug } = splitId(entry.id);
    return { params: { lang, slug, file: singleFileName(slug, lang) }, props: { entry } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Checklist }> = async ({ props, site: siteUrl }) => {
  const { entry } = props;
  const { lang, slug } = splitId(entry.id);
  const t = ui(lang);
  const d = entry.data;
  // The copy names its page's address (and its QR code) only when the build has the real site address (#15).
  const url = printedAddress(siteUrl, pageHref(lang, 'checklists', slug));
  const html = singleFileChecklist({
    lang,
    siteName: t.siteName,
    title: d.title,
    summary: d.summary,
    audience: d.audience,
    audienceLabel: t.checklistFor,
    versionLabel: t.version,
    version: formatPartialDate(isoDay(d.version), t.locale),
    url,
    qrSvg: url ? await qrSvg(url) : undefined,
    groups: groupByPriority(d.items).map((g) => ({ heading: t.priority[g.priority], items: g.items })),
    whyLabel: t.why,
    howLabel: t.how,
    sourcesLabel: t.sources,
    sources: d.sources.map((s) => ({ ...s, date: s.date === 'n.d.' ? t.undated : formatPartialDate(s.date, t.locale) })),
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
