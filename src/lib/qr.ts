/** QR codes are drawn at build time as inline SVG: the reader's browser asks no service for them. */
import QRCode from 'qrcode';

// A checklist's page and its single-file copy print the same address: draw each code once.
const drawn = new Map<string, Promise<string>>();

export function qrSvg(text: string): Promise<string> {
  if (!drawn.has(text)) {
    drawn.set(text, QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } }));
  }
  return drawn.get(text)!;
}
