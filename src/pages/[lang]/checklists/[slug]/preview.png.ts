/** The checklist's share-preview image: its name, marked as a checklist (src/lib/share-image.ts). */
import type { APIRoute } from 'astro';
import { site, splitId, type Checklist } from '../../../../data/site';
import { entryPaths } from '../../../../lib/paths';
import { drawAhead, pagePreviewPng, type PageImage } from '../../../../lib/share-image';
import { ui } from '../../../../i18n';

function imageOf(entry: Checklist): PageImage {
  const t = ui(splitId(entry.id).lang);
  return { siteName: t.siteName, title: entry.data.title, chip: { label: t.pageTypes.checklist, kind: 'checklist' } };
}

export async function getStaticPaths() {
  const { checklists } = await site();
  // A build draws them while it renders the other pages (share-image.ts, drawAhead).
  if (import.meta.env.PROD) drawAhead(checklists.map(imageOf));
  return entryPaths(checklists);
}

export const GET: APIRoute<{ entry: Checklist }> = async ({ props: { entry } }) => {
  const png = await pagePreviewPng(imageOf(entry));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
