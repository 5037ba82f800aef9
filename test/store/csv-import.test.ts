import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../main/cli/commands/import.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { planCsvImport } from '../../shared/interchange/csv-import.ts';
import { parseCsv } from '../../shared/interchange/csv-parse.ts';
import type { ScenarioId } from '../../shared/model/index.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { captureIo } from './capture-io.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const doc = sampleDocument();
let n = 0;
const target = { doc, scenarioId: 'scn-1' as ScenarioId, newId: (t: string) => `${t}-new-${(n += 1)}` };

describe('CSV parsing', () => {
  it('handles quotes, embedded commas, quotes and line breaks, CRLF and a BOM', () => {
    const result = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, y', 'say "hi"'] },
        { line: 3, fields: ['two\nlines', 'z'] },
      ],
    });
  });

  it('reports an unclosed quote at the line it opens', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({ ok: false, errors: [{ line: 2, column: 2, columnName: null, message: 'a quoted field is never closed' }] });
  });
});

describe('CSV import of racks and equipment', () => {
  it('turns good rack lines into one diff', () => {
    const result = planCsvImport('Hall,Row,Position,Profile,Label,IT kW\nHall A,Row 1,8,gb200-nvl72,R1.8,\nhall a,row 2,10,air-40,,35.5\n', target);
    expect(result).toMatchObject({ ok: true, kind: 'racks' });
    if (!result.ok) return;
    expect(result.diff.added).toEqual([
      { type: 'rack', id: expect.any(String), rowId: 'row-0', slot: 7, profileId: 'gb200-nvl72', label: 'R1.8', itKwOverride: null },
      { type: 'rack', id: expect.any(String), rowId: 'row-1', slot: 9, profileId: 'air-40', label: '', itKwOverride: 35.5 },
    ]);
  });

  it('reports every bad line with its line number and column', () => {
    const csv = [
      'hall,row,position,profile,label,it_kw',
      'Hall A,Row 1,8,gb200-nvl72,ok,',
      'Hall Z,Row 1,2,gb200-nvl72,,',
      'Hall A,Row 9,2,gb200-nvl72,,',
      'Hall A,Row 1,0,,,-3',
      'Hall A,Row 1,11,air-40,,',
      'Hall A,Row 1,1,air-40,,',
      'Hall A,Row 1,8,air-40,,',
      'Hall A,Row 1,x,air-40,,abc',
      'Hall A,Row 1,9',
    ].join('\n');
    const result = planCsvImport(csv, target);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column, e.columnName, e.message])).toEqual([
      [3, 1, 'hall', "no hall named 'Hall Z' in this scenario"],
      [4, 2, 'row', "no row named 'Row 9' in hall 'Hall A'"],
      [5, 3, 'position', 'must be a whole number from 1'],
      [5, 4, 'profile', 'is empty'],
      [5, 6, 'it_kw', 'must be more than 0 and at most 2000 kW'],
      [6, 3, 'position', "row 'Row 1' has only 10 positions"],
      [7, 3, 'position', "position 1 of row 'Row 1' is already taken by rack R1.1"],
      [8, 3, 'position', "position 8 of row 'Row 1' is already taken by line 2"],
      [9, 3, 'position', "'x' is not a whole number from 1 (digits only)"],
      [9, 6, 'it_kw', "'abc' is not a number"],
      [10, 4, null, 'has 3 fields; the header has 6'],
    ]);
  });

  it('checks the header: unknown, repeated and missing columns', () => {
    const result = planCsvImport('hall,row,position,profile,colour,row\n', target);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 1, column: 5, columnName: 'colour', message: "unknown column 'colour' for racks" },
        { line: 1, column: 6, columnName: 'row', message: "column 'row' appears twice" },
      ],
    });
    expect(planCsvImport('name,size\n', target)).toMatchObject({ ok: false, errors: [{ line: 1, message: expect.stringMatching(/header must name the columns/) }] });
  });

  it('imports equipment, with the yard for an empty hall', () => {
    const result = planCsvImport('catalog,name,hall,x,y,rotation\ncdu-1350,CDU 2,Hall A,4,5,90\ngen-3mw,Gen 1,,-50.5,3,\n', target);
    expect(result).toMatchObject({
      ok: true,
      kind: 'equipment',
      diff: {
        added: [
          { type: 'equipment', scenarioId: 'scn-1', hallId: 'hall-1', catalogId: 'cdu-1350', name: 'CDU 2', position: { x: 4, y: 5 }, rotation: 90 },
          { type: 'equipment', scenarioId: 'scn-1', hallId: null, catalogId: 'gen-3mw', name: 'Gen 1', position: { x: -50.5, y: 3 }, rotation: 0 },
        ],
      },
    });
  });

  it('through the CLI: imports all good lines in one edit, and nothing at all when one line is bad', async () => {
    const project = tmp.file('p.powerhall');
    ProjectService.create(project, doc).close();
    writeFileSync(tmp.file('bad.csv'), 'hall,row,position,profile\nHall A,Row 1,8,air-40\nHall A,Row 1,99,air-40\n');
    await expect(importCommand.run([tmp.file('bad.csv'), '--out', project, '--scenario', 'Phase 1'], captureIo())).rejects.toThrow(
      /nothing was imported; 1 problem\(s\):\nline 3, column 3 \(position\): row 'Row 1' has only 10 positions/,
    );
    let opened = ProjectService.open(project);
    expect(opened.load().racks).toHaveLength(12);
    expect(opened.info().revision).toBe(0);
    opened.close();
    writeFileSync(tmp.file('good.csv'), 'hall,row,position,profile\nHall A,Row 1,8,air-40\nHall A,Row 1,9,air-40\n');
    const io = captureIo();
    expect(await importCommand.run([tmp.file('good.csv'), '--out', project, '--scenario', 'Phase 1'], io)).toBe(0);
    expect(io.stdout).toEqual([`Imported 2 rack(s) into ${project}.`]);
    opened = ProjectService.open(project);
    expect(opened.load().racks).toHaveLength(14);
    expect(opened.info().revision).toBe(1);
    opened.close();
  });
});
