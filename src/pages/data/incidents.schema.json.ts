/** The JSON Schema of the incident documents, built from the content's vocabularies. */
import type { APIRoute } from 'astro';
import { dataSchema } from '../../lib/open-data';

export const GET: APIRoute = () => new Response(JSON.stringify(dataSchema(), null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
