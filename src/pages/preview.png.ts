/**
 * The share-preview image (Open Graph, Twitter cards): the site's icon on its dark background,
 * rasterised from the SVG in the repository at build time. No text, so it needs no font on the
 * build machine; same origin, so a preview never asks another site for anything.
 */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { PREVIEW_SIZE } from '../lib/share-preview';

export const GET: APIRoute = async () => {
  // From the project root: the bundled page module lives elsewhere at build time.
  const icon = await readFile(join(process.cwd(), 'public/icon.svg'));
  const side = Math.round(PREVIEW_SIZE.height * 0.6);
  const mark = await sharp(icon, { density: 72 * (side / 64) })
    .resize(side, side)
    .png()
    .toBuffer();
  const png = await sharp({ create: { width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, channels: 3, background: '#15161a' } })
    .composite([{ input: mark, gravity: 'centre' }])
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
