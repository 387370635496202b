/**
 * CSV as Excel and BI tools read and write it (RFC 4180): comma-separated, fields quoted when they hold a comma,
 * quote or line break, quotes doubled, CRLF line ends, UTF-8 with a byte-order mark so Excel detects the encoding.
 */
const BOM = '\uFEFF';

/** Parses CSV text (a leading BOM, LF or CRLF line ends, quoted fields) into rows of fields; blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/**
 * A cell Excel would run as a formula (=, +, -, @ first) is prefixed with an apostrophe (CSV injection), unless it
 * is a plain number or a phone number such as +86 138…
 */
function safeCell(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !/^[+-]?[\d\s().-]+$/.test(value)) return `'${value}`;
  return value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats rows as CSV text with CRLF line ends (no BOM). */
export function formatCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return (
    rows
      .map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : quote(safeCell(String(cell))))).join(','))
      .join('\r\n') + '\r\n'
  );
}

/** The bytes of a CSV file for Excel: UTF-8 with a BOM, base64-encoded for a GraphQL payload. */
export function csvFileBase64(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return Buffer.from(BOM + formatCsv(rows), 'utf8').toString('base64');
}

/** CSV text already formatted (an export job's pages joined), as the bytes of a file for Excel, base64-encoded. */
export function csvTextBase64(text: string): string {
  return Buffer.from(BOM + text, 'utf8').toString('base64');
}
