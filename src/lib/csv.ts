/**
 * Reads a CSV table back as the tests' stand-in for a spreadsheet program: RFC 4180 (quoted cells
 * with doubled quotes, commas and line breaks inside quotes, CRLF rows), after an optional UTF-8
 * byte-order mark. Written separately from the writer (toCsv in open-data.ts) so that a mistake in
 * one is not mirrored in the other. Throws on a table that does not end its last row.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (quoted || row.length || cell) throw new Error('the CSV table does not end with a line break after its last row, or a quote is left open');
  return rows;
}
