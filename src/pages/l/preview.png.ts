/** The image of every discreet link's preview: neutral, the same for all (src/lib/share-image.ts). */
import type { APIRoute } from 'astro';
import { neutralPreviewPng } from '../../lib/share-image';

export const GET: APIRoute = async () => new Response(new Uint8Array(await neutralPreviewPng()), { headers: { 'Content-Type': 'image/png' } });
