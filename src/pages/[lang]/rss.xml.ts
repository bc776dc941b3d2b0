import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feeds';
import { langPaths } from '../../lib/paths';

export const getStaticPaths = langPaths;
export const GET: APIRoute = ({ locals, site }) => feedResponse(locals.lang, site!);
