import { isWellFormedText } from '../contract/well-formed.ts';

const NOT_UNICODE = 'is not valid Unicode: it holds half of a two-part character (a lone UTF-16 surrogate)';

/** One CSV record with the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvError {
  readonly line: number;
  /** 1-based column number, and its header name when the header is known. */
  readonly column: number;
  readonly columnName: string | null;
  readonly message: string;
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; errors: CsvError[] };

/**
 * RFC 4180 CSV: comma separated, double-quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF.
 * A leading byte-order mark is ignored; blank lines are skipped.
 */
export function parseCsv(text: string): CsvParseResult {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return {
            ok: false,
            errors: [{ line, column: fields.length + 1, columnName: null, message: 'a closing quote must be followed by a comma or the end of the line' }],
          };
        }
        continue;
      }
      if (ch === '\n') line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      i += 1;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted) {
    return { ok: false, errors: [{ line: quoteLine, column: fields.length + 1, columnName: null, message: 'a quoted field is never closed' }] };
  }
  if (field !== '' || fields.length > 0) endRecord();
  const errors: CsvError[] = [];
  for (const rec of records) {
    rec.fields.forEach((f, i) => {
      if (!isWellFormedText(f)) errors.push({ line: rec.line, column: i + 1, columnName: null, message: NOT_UNICODE });
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records };
}
