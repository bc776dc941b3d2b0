/** What a printed pocket card comes out as: its pages, their size, and its smallest text. */
import type { Page } from '@playwright/test';

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
/** Each page's size in millimetres, from the PDF's MediaBox (in points). */
const pdfSizesMm = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [+m[1]!, +m[2]!].map((pt) => Math.round((pt * 25.4) / 72)));

/** Prints the card on the open page: the PDF's page count and page sizes (mm), and the smallest text in points. */
export async function printCard(page: Page): Promise<{ pages: number; sizesMm: number[][]; smallestPt: number }> {
  await page.emulateMedia({ media: 'print' });
  // Every line of text on the card, not only the first: a smaller font anywhere is a failure.
  const smallestPt = await page
    .locator('.pocket-card li, .pocket-card p')
    .evaluateAll((els) =>
      Math.min(...els.filter((el) => !el.closest('.signing-key-line, figcaption')).map((el) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96)),
    );
  // preferCSSPageSize: the card's own @page size (A6), as a browser prints it when A6 is chosen.
  // Two or four cards on an A4 sheet are these A6 pages placed side by side by the print dialog.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return { pages: pdfPages(pdf), sizesMm: pdfSizesMm(pdf), smallestPt };
}

/** A6, not the Letter paper Chromium falls back to when it does not know the page size's name. */
export const ONE_A6_PAGE = { pages: 1, sizesMm: [[105, 148]] };
