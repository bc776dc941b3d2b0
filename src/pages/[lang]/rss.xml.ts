import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds';
import { langPaths } from '../../lib/paths';
import { langParam } from '../../i18n';

export const getStaticPaths = langPaths;
export const GET: APIRoute = ({ params, site }) => feedResponse(langParam(params.lang), site!);
