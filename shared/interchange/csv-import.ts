import {
  EquipmentRecord,
  RackRecord,
  type DocumentDiff,
  type HallRecord,
  type ProjectDocument,
  type RowRecord,
  type ScenarioId,
} from '../model/index.ts';
import { parseCsv, type CsvError, type CsvRecord } from './csv-parse.ts';

export type CsvKind = 'racks' | 'equipment';

export interface CsvImportTarget {
  readonly doc: ProjectDocument;
  readonly scenarioId: ScenarioId;
  /** A fresh, unused id for a new record. */
  newId(type: 'rack' | 'equipment'): string;
}

export type CsvImportResult = { ok: true; kind: CsvKind; diff: DocumentDiff } | { ok: false; errors: CsvError[] };

interface Layout {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/** Most data lines one CSV import takes: a big hall's racks, not a file that would make the project slow to use. */
export const MAX_CSV_RECORDS = 20_000;

const DIGITS = /^\d+$/;
/** A plain decimal number: no exponent, hexadecimal, 'Infinity' or spaces inside, as a spreadsheet would write it. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The two CSV layouts, told apart by their header. Positions are 1-based, as engineers number slots. */
export const CSV_LAYOUTS: Readonly<Record<CsvKind, Layout>> = {
  racks: { required: ['hall', 'row', 'position', 'profile'], optional: ['label', 'it_kw'] },
  equipment: { required: ['catalog', 'name', 'x', 'y'], optional: ['hall', 'rotation'] },
};

const normalise = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

class LineCells {
  constructor(
    private readonly rec: CsvRecord,
    private readonly header: readonly string[],
    private readonly errors: CsvError[],
  ) {}
  private col(name: string): number {
    return this.header.indexOf(name);
  }
  error(name: string, message: string): void {
    this.errors.push({ line: this.rec.line, column: this.col(name) + 1, columnName: name, message });
  }
  text(name: string): string {
    const i = this.col(name);
    return i < 0 ? '' : (this.rec.fields[i] ?? '').trim();
  }
  required(name: string, max: number): string | null {
    const v = this.text(name);
    if (v === '') this.error(name, 'is empty');
    else if (v.length > max) this.error(name, `is longer than ${max} characters`);
    else return v;
    return null;
  }
  number(name: string, check: (n: number) => string | null, optional = false): number | null | undefined {
    const v = this.text(name);
    if (v === '') {
      if (!optional) this.error(name, 'is empty');
      return optional ? null : undefined;
    }
    const n = Number(v);
    if (!DECIMAL.test(v) || !Number.isFinite(n)) {
      this.error(name, `'${v}' is not a number`);
      return undefined;
    }
    const problem = check(n);
    if (problem) {
      this.error(name, problem);
      return undefined;
    }
    return n;
  }
}

function findByName<T extends { name: string }>(list: readonly T[], name: string): T[] {
  const key = name.toLowerCase();
  return list.filter((x) => x.name.toLowerCase() === key);
}

/**
 * Turns a racks or equipment CSV into one diff against `target`, or reports every bad line with its line and
 * column. Nothing is produced when any line is bad, so an import is all or nothing.
 */
export function planCsvImport(text: string, target: CsvImportTarget): CsvImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [head, ...lines] = parsed.records;
  if (!head) return { ok: false, errors: [{ line: 1, column: 1, columnName: null, message: 'the file is empty; the first line must name the columns' }] };
  const header = head.fields.map(normalise);
  const kind: CsvKind | null = header.includes('profile') ? 'racks' : header.includes('catalog') ? 'equipment' : null;
  const errors: CsvError[] = [];
  if (!kind) {
    return {
      ok: false,
      errors: [{ line: head.line, column: 1, columnName: null, message: `the header must name the columns of racks (${CSV_LAYOUTS.racks.required.join(', ')}) or of equipment (${CSV_LAYOUTS.equipment.required.join(', ')})` }],
    };
  }
  const layout = CSV_LAYOUTS[kind];
  header.forEach((h, i) => {
    if (![...layout.required, ...layout.optional].includes(h)) errors.push({ line: head.line, column: i + 1, columnName: h, message: `unknown column '${head.fields[i]}' for ${kind}` });
    else if (header.indexOf(h) !== i) errors.push({ line: head.line, column: i + 1, columnName: h, message: `column '${h}' appears twice` });
  });
  for (const name of layout.required) {
    if (!header.includes(name)) errors.push({ line: head.line, column: header.length + 1, columnName: name, message: `the required column '${name}' is missing` });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (lines.length === 0) return { ok: false, errors: [{ line: head.line + 1, column: 1, columnName: null, message: `the file has a header but no ${kind}` }] };
  if (lines.length > MAX_CSV_RECORDS) {
    return {
      ok: false,
      errors: [{ line: lines[MAX_CSV_RECORDS]!.line, column: 1, columnName: null, message: `the file has ${lines.length} lines of data; one import takes at most ${MAX_CSV_RECORDS}: split it into several files` }],
    };
  }

  const halls = target.doc.halls.filter((h) => h.scenarioId === target.scenarioId);
  const added: Array<RackRecord | EquipmentRecord> = [];
  const occupied = new Map<string, string>();
  for (const r of target.doc.racks) occupied.set(`${r.rowId}\u0000${r.slot}`, `rack ${r.label || r.id}`);

  for (const rec of lines) {
    const cells = new LineCells(rec, header, errors);
    if (rec.fields.length !== header.length) {
      errors.push({ line: rec.line, column: Math.min(rec.fields.length, header.length) + 1, columnName: null, message: `has ${rec.fields.length} fields; the header has ${header.length}` });
      continue;
    }
    const lookupHall = (optional: boolean): HallRecord | null | undefined => {
      const name = cells.text('hall');
      if (name === '') {
        if (!optional) cells.error('hall', 'is empty');
        return optional ? null : undefined;
      }
      const found = findByName(halls, name);
      if (found.length === 1) return found[0];
      cells.error('hall', found.length === 0 ? `no hall named '${name}' in this scenario` : `${found.length} halls are named '${name}'`);
      return undefined;
    };
    if (kind === 'racks') {
      const hall = lookupHall(false);
      let row: RowRecord | undefined;
      if (hall) {
        const rowName = cells.text('row');
        const found = findByName(target.doc.rows.filter((r) => r.hallId === hall.id), rowName);
        if (rowName === '') cells.error('row', 'is empty');
        else if (found.length !== 1) cells.error('row', found.length === 0 ? `no row named '${rowName}' in hall '${hall.name}'` : `${found.length} rows are named '${rowName}' in hall '${hall.name}'`);
        else row = found[0];
      }
      const positionText = cells.text('position');
      const position =
        positionText !== '' && !DIGITS.test(positionText)
          ? (cells.error('position', `'${positionText}' is not a whole number from 1 (digits only)`), undefined)
          : cells.number('position', (n) =>
              n < 1 ? 'must be a whole number from 1' : row && n > row.slotCount ? `row '${row.name}' has only ${row.slotCount} positions` : null,
            );
      const profile = cells.required('profile', 64);
      const label = cells.text('label');
      if (label.length > 60) cells.error('label', 'is longer than 60 characters');
      const itKw = cells.number('it_kw', (n) => (n > 0 && n <= 2000 ? null : 'must be more than 0 and at most 2000 kW'), true);
      if (!row || typeof position !== 'number' || profile === null || itKw === undefined || label.length > 60) continue;
      const key = `${row.id}\u0000${position - 1}`;
      const taken = occupied.get(key);
      if (taken) {
        cells.error('position', `position ${position} of row '${row.name}' is already taken by ${taken}`);
        continue;
      }
      occupied.set(key, `line ${rec.line}`);
      added.push(RackRecord.parse({ type: 'rack', id: target.newId('rack'), rowId: row.id, slot: position - 1, profileId: profile, label, itKwOverride: itKw }));
    } else {
      const hall = lookupHall(true);
      const catalog = cells.required('catalog', 64);
      const name = cells.required('name', 120);
      const x = cells.number('x', () => null);
      const y = cells.number('y', () => null);
      const rotation = cells.number('rotation', (n) => ([0, 90, 180, 270].includes(n) ? null : 'must be 0, 90, 180 or 270'), true);
      if (hall === undefined || catalog === null || name === null || typeof x !== 'number' || typeof y !== 'number' || rotation === undefined) continue;
      added.push(
        EquipmentRecord.parse({
          type: 'equipment',
          id: target.newId('equipment'),
          scenarioId: target.scenarioId,
          hallId: hall ? hall.id : null,
          catalogId: catalog,
          name,
          position: { x, y },
          rotation: rotation ?? 0,
        }),
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, kind, diff: { added, updated: [], removed: [] } };
}

export function describeCsvError(e: CsvError): string {
  return `line ${e.line}, column ${e.column}${e.columnName ? ` (${e.columnName})` : ''}: ${e.message}`;
}
