/** Builds RSS responses from content; used by the site-wide and per-country feed routes. */
import rss from '@astrojs/rss';
import { countries, updates } from './site';
import { splitId } from '../lib/paths';
import { feedItems } from '../lib/feed';
import { joinBase, pagePath } from '../lib/urls';
import { ui, type Lang } from '../i18n';

export async function feedResponse(lang: Lang, siteUrl: URL, country?: string): Promise<Response> {
  const t = ui(lang);
  const base = import.meta.env.BASE_URL;
  const abs = (p: string) => new URL(joinBase(base, p), siteUrl).href;
  // A country's feed needs only that country: mapping every country for each of them made the
  // feed step grow with the square of the number of countries.
  const listed = (await countries(lang)).filter((c) => !country || splitId(c.id).slug === country);
  const items = feedItems(
    {
      updates: (await updates(lang)).map((u) => ({
        title: u.data.title,
        date: u.data.date,
        link: abs(pagePath(lang, 'updates')) + `#${splitId(u.id).slug}`,
        description: u.body?.replace(/<Cite[^>]*\/>/g, '').trim() ?? '',
        countries: u.data.countries,
      })),
      countryChanges: listed.map((c) => ({
        country: splitId(c.id).slug,
        countryTitle: c.data.title,
        // A country page's change history is on its sources page (the page has a weight budget).
        link: abs(pagePath(lang, 'countries', splitId(c.id).slug, 'sources')),
        changes: c.data.changes,
      })),
    },
    country,
  );
  const countryTitle = country ? listed[0]?.data.title : undefined;
  return rss({
    title: countryTitle ? `${t.siteName}: ${countryTitle}` : `${t.siteName}: ${t.updatesTitle}`,
    description: t.updatesIntro,
    site: abs(pagePath(lang)),
    items: items.map((i) => ({ title: i.title, pubDate: i.date, link: i.link, description: i.description })),
    customData: `<language>${lang}</language>`,
  });
}
