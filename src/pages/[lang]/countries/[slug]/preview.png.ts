/** The country's share-preview image: its name and overall risk (src/lib/share-image.ts). */
import type { APIRoute } from 'astro';
import { site, splitId, type Country } from '../../../../data/site';
import { entryPaths } from '../../../../lib/paths';
import { pagePreviewPng } from '../../../../lib/share-image';
import { ui } from '../../../../i18n';

export async function getStaticPaths() {
  return entryPaths((await site()).countries);
}

export const GET: APIRoute<{ entry: Country }> = async ({ props: { entry } }) => {
  const t = ui(splitId(entry.id).lang);
  const { title, risk } = entry.data;
  const png = await pagePreviewPng({ siteName: t.siteName, title, chip: { label: `${t.overallRisk}: ${t.risk[risk.level]}`, kind: risk.level } });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
