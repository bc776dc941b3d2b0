/**
 * Draws the share-preview images at build time with sharp, the image tool the build already uses
 * for the icons: a page's name, and for a country its overall risk as colour, shape and word (as
 * on the page, never colour alone); the neutral image of the discreet links names nothing.
 *
 * Text is set by Pango (inside sharp) from a font file already on the build machine: nothing is
 * downloaded. Layers that repeat (the background with the site's name, each risk label) are drawn
 * once per build; per page only the title is drawn, laid on a copy of the background here (one
 * alpha blend per pixel of the title and the chip) and encoded. libvips' composite took three
 * quarters of each image's time (it works in floating point over the whole 800×420 canvas),
 * which made the previews the largest single cost of building a country (issue #19).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { RiskLevel } from './risk';
import { PREVIEW_SIZE } from './share-preview';

/**
 * Bold fonts with Latin and Cyrillic, where systems keep them: Debian's fonts-dejavu-core (which
 * Debian's fontconfig pulls in) and fonts-liberation (which its Chromium pulls in), Noto, then the
 * Arial of macOS and Windows. The family is the name Pango knows the file by.
 */
const FONT_CANDIDATES = [
  {
    family: 'DejaVu Sans Bold',
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'],
  },
  {
    family: 'Liberation Sans Bold',
    files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf'],
  },
  { family: 'Noto Sans Bold', files: ['/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf', '/usr/share/fonts/noto/NotoSans-Bold.ttf'] },
  { family: 'Arial Bold', files: ['/System/Library/Fonts/Supplemental/Arial Bold.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
];

export const NO_PREVIEW_FONT =
  'No font for the share-preview images was found (DejaVu Sans, Liberation Sans, Noto Sans or Arial, in bold). ' +
  'Install one: Debian/Ubuntu `sudo apt-get install fonts-dejavu-core`; Fedora `sudo dnf install dejavu-sans-fonts`.';

let font: { family: string; file: string } | undefined;
function previewFont(): { family: string; file: string } {
  if (!font) {
    for (const { family, files } of FONT_CANDIDATES) {
      const file = files.find((f) => existsSync(f));
      if (file) {
        font = { family, file };
        break;
      }
    }
    if (!font) throw new Error(NO_PREVIEW_FONT);
  }
  return font;
}

/**
 * The risk chips' colours, as the page's badges have them in the dark theme (src/styles/global.css,
 * `.risk--*`; a unit test keeps the two in step). `edge` is the outline, `dashed` for unknown.
 */
export const RISK_COLOURS: Record<RiskLevel, { bg: string; fg: string; edge?: string; dashed?: boolean }> = {
  severe: { bg: '#6d0018', fg: '#fff', edge: '#ff8fa3' },
  high: { bg: '#b3261e', fg: '#fff' },
  elevated: { bg: '#f6d35b', fg: '#1b1b1f' },
  low: { bg: '#1e6b34', fg: '#fff' },
  unknown: { bg: '#23242a', fg: '#ececf1', edge: '#b9b9c6', dashed: true },
};
/** The dark theme's background, text, muted text and lines. */
const THEME = { bg: '#15161a', fg: '#ececf1', muted: '#b9b9c6', line: '#4a4b55', soft: '#23242a' };

/** The marker of each level, the shapes the page's badges draw (◆ ▲ ■ ● ?), as SVG in a 20×20 box. */
const SHAPES: Record<RiskLevel | 'checklist', (fill: string) => string> = {
  severe: (f) => `<path d="M10 0 20 10 10 20 0 10Z" fill="${f}"/>`,
  high: (f) => `<path d="M10 1 20 19H0Z" fill="${f}"/>`,
  elevated: (f) => `<rect x="2" y="2" width="16" height="16" fill="${f}"/>`,
  low: (f) => `<circle cx="10" cy="10" r="9" fill="${f}"/>`,
  unknown: (f) => `<path d="M6 7a4 4 0 1 1 6 3.5c-1.3.8-2 1.5-2 3M10 16.5v2" fill="none" stroke="${f}" stroke-width="2.6" stroke-linecap="round"/>`,
  // A ticked box, for checklists.
  checklist: (f) =>
    `<rect x="1.5" y="1.5" width="17" height="17" rx="2" fill="none" stroke="${f}" stroke-width="2.5"/><path d="M5 10.5 8.5 14 15 6.5" fill="none" stroke="${f}" stroke-width="2.6"/>`,
};

const MARGIN = 56;
const TEXT_WIDTH = PREVIEW_SIZE.width - 2 * MARGIN;
const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An image as raw pixels, row by row: RGBA for layers, RGB for the canvas. */
interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

/** One line or paragraph of text as transparent pixels (RGBA), wrapped at `width`. */
async function textLayer(text: string, size: number, colour: string, width = TEXT_WIDTH): Promise<Pixels> {
  const { family, file } = previewFont();
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${colour}">${escapeMarkup(text)}</span>`,
      font: `${family} ${size}`,
      fontfile: file,
      width,
      dpi: 72,
      rgba: true,
      wrap: 'word',
    },
  })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Lays an RGBA layer over an RGB canvas at (left, top), in place ("over", straight alpha). */
function blend(canvas: Pixels, layer: Pixels, left: number, top: number): void {
  const rows = Math.min(layer.height, canvas.height - top);
  const cols = Math.min(layer.width, canvas.width - left);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const from = (y * layer.width + x) * 4;
      const alpha = layer.data[from + 3]!;
      if (alpha === 0) continue;
      const to = ((top + y) * canvas.width + left + x) * 3;
      // Most of a text's pixels are fully on or off: an opaque one is a copy (the formula gives the same).
      if (alpha === 255) {
        canvas.data[to] = layer.data[from]!;
        canvas.data[to + 1] = layer.data[from + 1]!;
        canvas.data[to + 2] = layer.data[from + 2]!;
        continue;
      }
      for (let c = 0; c < 3; c++) {
        canvas.data[to + c] = Math.round((layer.data[from + c]! * alpha + canvas.data[to + c]! * (255 - alpha)) / 255);
      }
    }
  }
}

const cache = new Map<string, Promise<Pixels>>();
function once(key: string, draw: () => Promise<Pixels>) {
  if (!cache.has(key)) cache.set(key, draw());
  return cache.get(key)!;
}

/** The chip under the title: a shape and a word on the level's colours. */
async function chipLayer(label: string, kind: RiskLevel | 'checklist') {
  const colours = kind === 'checklist' ? { bg: THEME.soft, fg: THEME.fg, edge: THEME.line, dashed: false } : RISK_COLOURS[kind];
  const text = await textLayer(label, 24, colours.fg, TEXT_WIDTH - 64);
  const height = 56;
  const width = text.width + 72;
  const edge = colours.edge ? ` stroke="${colours.edge}" stroke-width="3"${colours.dashed ? ' stroke-dasharray="8 6"' : ''}` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect x="1.5" y="1.5" width="${width - 3}" height="${height - 3}" rx="8" fill="${colours.bg}"${edge}/><g transform="translate(20 18)">${SHAPES[kind](colours.fg)}</g></svg>`;
  const data = await sharp(Buffer.from(svg))
    .composite([{ input: text.data, raw: { width: text.width, height: text.height, channels: 4 }, left: 52, top: Math.round((height - text.height) / 2) }])
    .ensureAlpha()
    .raw()
    .toBuffer();
  return { data, width, height };
}

/** The canvas every page image starts from: the background, and the site's mark and name top left. */
function backgroundOf(siteName: string): Promise<Pixels> {
  return once(`background:${siteName}`, async () => {
    const icon = await sharp(readFileSync(join(process.cwd(), 'public/icon.svg')), { density: 72 * (32 / 64) })
      .resize(32, 32)
      .png()
      .toBuffer();
    const name = await textLayer(siteName, 22, THEME.muted, TEXT_WIDTH - 48);
    const { data, info } = await sharp({ create: { width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, channels: 3, background: THEME.bg } })
      .composite([
        { input: icon, left: MARGIN, top: 40 },
        { input: name.data, raw: { width: name.width, height: name.height, channels: 4 }, left: MARGIN + 48, top: 40 + Math.round((32 - name.height) / 2) },
      ])
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  });
}

/** The title at the largest size that fits in three lines, down to a size still legible in a chat. */
const TITLE_TOP = 96;
const TITLE_ROOM = 196;
async function titleLayer(title: string) {
  const room = TITLE_ROOM;
  for (const size of [60, 50, 42]) {
    const layer = await textLayer(title, size, THEME.fg);
    if (layer.height <= room) return layer;
  }
  const layer = await textLayer(title, 36, THEME.fg);
  // Still too long: its first lines, cut at the room's bottom edge.
  return layer.height <= room ? layer : { ...layer, data: layer.data.subarray(0, layer.width * room * 4), height: room };
}

export interface PageImage {
  siteName: string;
  title: string;
  /** The chip: a country's overall risk, or the word for a checklist. */
  chip: { label: string; kind: RiskLevel | 'checklist' };
}

/**
 * Images begun ahead (`drawAhead`) and not yet taken, by what they show. A build renders one route's
 * pages one after the other, so all of a route's previews came at once: Node waited for libvips
 * while the rest of the site's pages were still to render. Begun when their route's paths are
 * listed, before any page renders, they are drawn in sharp's threads while Node renders the pages
 * (issue #19).
 */
const ahead = new Map<string, Promise<Buffer>>();
const keyOf = (image: PageImage) => JSON.stringify([image.siteName, image.title, image.chip.label, image.chip.kind]);
/**
 * Two at a time: libvips sets text one image at a time anyway (Pango is not thread-safe), and
 * Node's four pool threads also write the build's files.
 */
const AHEAD_AT_ONCE = 2;

/**
 * Begins drawing these images in the background, for `pagePreviewPng` to return when asked. For a
 * build only (a dev server draws an image when it is requested).
 */
export function drawAhead(images: readonly PageImage[]): void {
  const queue = images.filter((image) => !ahead.has(keyOf(image)));
  const settled: Promise<unknown>[] = [];
  for (const [i, image] of queue.entries()) {
    // Each image starts when the one AHEAD_AT_ONCE places before it has settled.
    const png = (settled[i - AHEAD_AT_ONCE] ?? Promise.resolve()).then(() => drawPagePreview(image));
    settled.push(png.catch(() => {}));
    ahead.set(keyOf(image), png);
  }
}

/** A country's or a checklist's preview image, as PNG. */
export function pagePreviewPng(image: PageImage): Promise<Buffer> {
  const key = keyOf(image);
  const png = ahead.get(key);
  if (!png) return drawPagePreview(image);
  ahead.delete(key);
  return png;
}

async function drawPagePreview({ siteName, title, chip }: PageImage): Promise<Buffer> {
  const [background, heading, badge] = await Promise.all([
    backgroundOf(siteName),
    titleLayer(title),
    once(`chip:${chip.kind}:${chip.label}`, () => chipLayer(chip.label, chip.kind)),
  ]);
  const canvas = { ...background, data: Buffer.from(background.data) };
  // The title centred in the space between the site's name and the chip.
  blend(canvas, heading, MARGIN, TITLE_TOP + Math.round((TITLE_ROOM - heading.height) / 2));
  blend(canvas, badge, MARGIN, PREVIEW_SIZE.height - 44 - badge.height);
  return sharp(canvas.data, { raw: { width: canvas.width, height: canvas.height, channels: 3 } })
    .png()
    .toBuffer();
}

/**
 * The discreet links' image: a sheet with lines of text on a grey ground, and nothing else: no
 * words, no mark, no colour that could be recognised as this site's.
 */
export async function neutralPreviewPng(): Promise<Buffer> {
  const { width, height } = PREVIEW_SIZE;
  const lines = [0, 1, 2, 3, 4]
    .map((i) => `<rect x="${width / 2 - 110}" y="${118 + i * 40}" width="${i === 4 ? 130 : 220}" height="14" rx="7" fill="#c9c9d1"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#e8e8ec"/><rect x="${width / 2 - 150}" y="70" width="300" height="280" rx="12" fill="#fff" stroke="#c9c9d1" stroke-width="2"/>${lines}</svg>`;
  return sharp(Buffer.from(svg)).flatten().png().toBuffer();
}
