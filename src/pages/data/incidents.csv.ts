/** All incident records as one CSV table (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { publishedRecords } from '../../data/site';
import { toCsv } from '../../lib/open-data';

export const GET: APIRoute = async () => new Response(toCsv(await publishedRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
