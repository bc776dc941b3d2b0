/** What readers may do with the data (src/lib/open-data.ts, DATA_LICENCE). */
import type { APIRoute } from 'astro';
import { licenceText } from '../../lib/open-data';

export const GET: APIRoute = () => new Response(licenceText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
