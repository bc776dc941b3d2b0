/** All incident records as one JSON document (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { publishedRecords } from '../../data/site';
import { dataDocument } from '../../lib/open-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(dataDocument(await publishedRecords()), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
