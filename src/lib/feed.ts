/** Feed items for the site-wide and per-country RSS feeds: alerts plus country page changes. */
export interface FeedItem {
  title: string;
  date: Date;
  link: string;
  description: string;
}

export interface FeedSources {
  updates: { title: string; date: Date; link: string; description: string; countries: string[] }[];
  countryChanges: { country: string; countryTitle: string; link: string; changes: { date: Date; text: string }[] }[];
}

/** The anchor of one entry in a page's change history; feeds link to it, so each change has its own address. */
export function changeAnchor(date: Date, index: number): string {
  return `change-${date.toISOString().slice(0, 10)}-${index}`;
}

/** Newest first; `country` limits the feed to one country's alerts and page changes. */
export function feedItems(sources: FeedSources, country?: string): FeedItem[] {
  const alerts = sources.updates
    .filter((u) => !country || u.countries.includes(country))
    .map(({ title, date, link, description }) => ({ title, date, link, description }));
  const changes = sources.countryChanges
    .filter((c) => !country || c.country === country)
    .flatMap((c) =>
      c.changes.map((ch, i) => ({
        title: `${c.countryTitle}: ${ch.text}`,
        date: ch.date,
        link: `${c.link}#${changeAnchor(ch.date, i)}`,
        description: ch.text,
      })),
    );
  return [...alerts, ...changes].sort((a, b) => b.date.getTime() - a.date.getTime());
}
