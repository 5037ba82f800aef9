import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvFormat } from '../../main/export/csv-format.ts';
import { exportToFile } from '../../main/export/write-export.ts';
import { FORMULA_NAME, hostileSample, phase1Context } from './export-fixture.ts';

/** An RFC 4180 reader, independent of the writer: quoted fields, doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('CSV export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes UTF-8 with a byte-order mark, one row per bill line, totals that add up to the capex', async () => {
    const context = phase1Context();
    const file = join(dir, 'bill.csv');
    await exportToFile(file, () => csvFormat.write(context, () => {}));
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = readCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
    expect(rows).toHaveLength(context.report.lines.length);
    const total = header!.indexOf('total_usd');
    expect(rows.reduce((s, r) => s + Number(r[total]), 0)).toBeCloseTo(context.report.summary.capexUsd, 6);
    expect(rows.map((r) => r[header!.indexOf('item')])).toEqual(context.report.lines.map((l) => l.item));
    expect(rows.map((r) => r[header!.indexOf('scope')])).toEqual(context.report.lines.map((l) => l.scope));
    expect(new Set(rows.map((r) => r[header!.indexOf('scope')]))).toEqual(new Set(['landlord', 'tenant', 'oem']));
  });

  it('writes a formula-looking name so that a spreadsheet shows it as text', async () => {
    const context = phase1Context({ document: hostileSample() });
    const file = join(dir, 'hostile.csv');
    await exportToFile(file, () => csvFormat.write(context, () => {}));
    const [header, ...rows] = readCsv(readFileSync(file, 'utf8').slice(1));
    const names = rows.map((r) => r[header!.indexOf('group_name')]!);
    expect(names).toContain(`'${FORMULA_NAME}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves out unit costs and totals in a tenant copy', async () => {
    const context = phase1Context({ hidePrices: true });
    const bytes = await csvFormat.write(context, () => {});
    const [header, ...rows] = readCsv(new TextDecoder().decode(bytes).slice(1));
    expect(header).not.toContain('total_usd');
    expect(header).not.toContain('unit_cost_usd');
    expect(header).toContain('quantity');
    expect(rows).toHaveLength(context.report.lines.length);
    // Source titles quote published $/MW bands; no other cell may state a dollar amount.
    const source = header!.indexOf('source');
    for (const row of rows) expect(row.filter((_, i) => i !== source).join(' ')).not.toContain('$');
  });
});
