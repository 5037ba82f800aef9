import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../main/cli/commands/import.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { MAX_CSV_RECORDS, planCsvImport } from '../../shared/interchange/csv-import.ts';
import { formatInterchange, MAX_INTERCHANGE_RECORDS, readInterchange } from '../../shared/interchange/interchange-json.ts';
import type { ScenarioId } from '../../shared/model/index.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { captureIo } from './capture-io.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

async function importError(args: string[]): Promise<ApiError> {
  try {
    await importCommand.run(args, captureIo());
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

function projectForCsv(): string {
  const path = tmp.file('p.powerhall');
  ProjectService.create(path, sampleDocument()).close();
  return path;
}

describe('reading import files', () => {
  it('refuses Latin-1 text, naming the line, instead of mangling it', async () => {
    const path = projectForCsv();
    const latin1 = Buffer.concat([Buffer.from('hall,row,position,profile,label\nHall A,Row 1,8,air-40,ok\nHall A,Row 1,9,air-40,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(tmp.file('racks.csv'), latin1);
    const error = await importError([tmp.file('racks.csv'), '--out', path]);
    expect(error.message).toMatch(/racks\.csv is not UTF-8 text: line 3, column \d+ .*Save it as UTF-8/);
    const project = ProjectService.open(path);
    expect(project.info().revision).toBe(0);
    project.close();
  });

  it('says a UTF-16 file is UTF-16', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(formatInterchange(sampleDocument()), 'utf16le')]);
    writeFileSync(tmp.file('site.json'), utf16);
    const error = await importError([tmp.file('site.json'), '--out', tmp.file('out.powerhall')]);
    expect(error.message).toMatch(/site\.json is UTF-16 text; save it as UTF-8/);
    expect(existsSync(tmp.file('out.powerhall'))).toBe(false);
  });

  it('accepts a UTF-8 byte-order mark in JSON, as in CSV', async () => {
    writeFileSync(tmp.file('site.json'), `\uFEFF${formatInterchange(sampleDocument())}`);
    expect(await importCommand.run([tmp.file('site.json'), '--out', tmp.file('out.powerhall')], captureIo())).toBe(0);
  });
});

describe('CSV import limits', () => {
  const doc = sampleDocument();
  let n = 0;
  const target = { doc, scenarioId: 'scn-1' as ScenarioId, newId: (t: string) => `${t}-n-${(n += 1)}` };

  it('takes positions as decimal digits only', () => {
    for (const position of ['1e1', '0x8', '8.0', '+8', ' 8 x']) {
      const result = planCsvImport(`hall,row,position,profile\nHall A,Row 1,${position},air-40\n`, target);
      expect(result.ok, position).toBe(false);
      if (!result.ok) expect(result.errors[0]!.message).toMatch(/whole number|digits/);
    }
    expect(planCsvImport('hall,row,position,profile\nHall A,Row 1,8,air-40\n', target).ok).toBe(true);
  });

  it('reports the first 100 problems and how many there were, not all of them', async () => {
    const path = projectForCsv();
    const lines = Array.from({ length: 5000 }, (_, i) => `Hall A,Row 1,${i + 100},air-40`);
    writeFileSync(tmp.file('bad.csv'), `hall,row,position,profile\n${lines.join('\n')}\n`);
    const error = await importError([tmp.file('bad.csv'), '--out', path]);
    expect(error.issues).toHaveLength(100);
    expect(error.message).toMatch(/nothing was imported; 5000 problems; the first 100:/);
    expect(error.message.length).toBeLessThan(20_000);
  });

  it(`refuses an interchange file of more than ${MAX_INTERCHANGE_RECORDS} records before validating them`, () => {
    const result = readInterchange({ ...doc, racks: new Array<unknown>(MAX_INTERCHANGE_RECORDS).fill(doc.racks[0]) });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/imports at most 200000 from one file/) });
  });

  it(`refuses more than ${MAX_CSV_RECORDS} lines in one import`, () => {
    const lines = Array.from({ length: MAX_CSV_RECORDS + 1 }, () => 'Hall A,Row 1,8,air-40');
    const result = planCsvImport(`hall,row,position,profile\n${lines.join('\n')}\n`, target);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(new RegExp(`${MAX_CSV_RECORDS + 1} lines of data; one import takes at most ${MAX_CSV_RECORDS}`));
  });
});
