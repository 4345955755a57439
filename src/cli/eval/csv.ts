/** Readers for the evaluation files: an RFC 4180 CSV parser and a line-based TSV reader. */

/**
 * RFC 4180: fields separated by `delimiter`, records by CRLF or LF; a field that starts with `"` is quoted and may hold
 * delimiters, newlines and doubled quotes (`""`). A leading BOM is dropped. Empty trailing lines give no record.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let fieldStart = true;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStart = true;
  };
  const endRow = () => {
    endField();
    // a blank line is not a record
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (fieldStart && ch === '"') {
      // quoted field: read up to the closing quote, "" is a literal quote
      i++;
      for (;;) {
        if (i >= n) break; // unterminated: keep what we have
        const q = text.indexOf('"', i);
        if (q === -1) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      fieldStart = false;
      // anything between the closing quote and the next delimiter is kept verbatim (lenient)
      continue;
    }
    fieldStart = false;
    if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      i++;
    } else {
      let j = i + 1;
      while (j < n) {
        const c = text[j];
        if (c === delimiter || c === '\n' || c === '\r') break;
        j++;
      }
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || !fieldStart || row.length) endRow();
  return rows;
}

/** CSV with a header row → objects keyed by the header names. */
export function parseCsvObjects(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, delimiter);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, k) => [h.trim(), r[k] ?? ''])));
}

/** Strips CSV-style quoting from one TSV field: `"a ""b"""` → `a "b"`. Fields not wrapped in quotes are kept. */
export function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}

/** Tab-separated lines (one record per line, LF or CRLF), no quoting rules; a BOM and blank lines are dropped. */
export function parseTsvLines(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
}
