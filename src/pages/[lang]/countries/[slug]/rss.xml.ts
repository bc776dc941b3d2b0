import type { APIRoute } from 'astro';
import { feedResponse } from '../../../../data/feeds';
import { entryPaths } from '../../../../lib/paths';
import { site } from '../../../../data/site';
import { langParam } from '../../../../i18n';

export async function getStaticPaths() {
  return entryPaths((await site()).countries);
}
export const GET: APIRoute = ({ params, site: siteUrl }) => feedResponse(langParam(params.lang), siteUrl!, params.slug);
