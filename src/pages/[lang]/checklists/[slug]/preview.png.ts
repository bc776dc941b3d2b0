/** The checklist's share-preview image: its name, marked as a checklist (src/lib/share-image.ts). */
import type { APIRoute } from 'astro';
import { site, splitId, type Checklist } from '../../../../data/site';
import { entryPaths } from '../../../../lib/paths';
import { pagePreviewPng } from '../../../../lib/share-image';
import { ui } from '../../../../i18n';

export async function getStaticPaths() {
  return entryPaths((await site()).checklists);
}

export const GET: APIRoute<{ entry: Checklist }> = async ({ props: { entry } }) => {
  const t = ui(splitId(entry.id).lang);
  const png = await pagePreviewPng({ siteName: t.siteName, title: entry.data.title, chip: { label: t.pageTypes.checklist, kind: 'checklist' } });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
