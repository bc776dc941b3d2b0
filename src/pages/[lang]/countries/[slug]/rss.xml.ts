import type { APIRoute } from 'astro';
import { feedResponse } from '../../../../data/feeds';
import { entryPaths } from '../../../../lib/paths';
import { site } from '../../../../data/site';

export async function getStaticPaths() {
  return entryPaths((await site()).countries);
}
export const GET: APIRoute = ({ locals, params, site: siteUrl }) => feedResponse(locals.lang, siteUrl!, params.slug);
