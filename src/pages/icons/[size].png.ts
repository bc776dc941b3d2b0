/** PNG app icons rasterised from the SVG in the repository during the build; nothing is downloaded. */
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { ICON_SIZES } from '../../lib/icons';

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const svg = await readFile(new URL('../../../public/icon.svg', import.meta.url));
  const png = await sharp(svg, { density: 72 * (size / 64) })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
