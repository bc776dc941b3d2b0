/** The country's share-preview image: its name and overall risk (src/lib/share-image.ts). */
import type { APIRoute } from 'astro';
import { site, splitId, type Country } from '../../../../data/site';
import { entryPaths } from '../../../../lib/paths';
import { drawAhead, pagePreviewPng, type PageImage } from '../../../../lib/share-image';
import { ui } from '../../../../i18n';

function imageOf(entry: Country): PageImage {
  const t = ui(splitId(entry.id).lang);
  const { title, risk } = entry.data;
  return { siteName: t.siteName, title, chip: { label: `${t.overallRisk}: ${t.risk[risk.level]}`, kind: risk.level } };
}

export async function getStaticPaths() {
  const { countries } = await site();
  // A build draws them while it renders the other pages (share-image.ts, drawAhead).
  if (import.meta.env.PROD) drawAhead(countries.map(imageOf));
  return entryPaths(countries);
}

export const GET: APIRoute<{ entry: Country }> = async ({ props: { entry } }) => {
  const png = await pagePreviewPng(imageOf(entry));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
