import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../main/cli/commands/export.ts';
import { importCommand } from '../../main/cli/commands/import.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { formatInterchange, parseInterchange, readInterchange } from '../../shared/interchange/interchange-json.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { captureIo } from './capture-io.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

describe('the JSON interchange format', () => {
  it('round-trips: export then import gives back the same document', async () => {
    const doc = sampleDocument();
    const json = tmp.file('site.json');
    writeFileSync(json, formatInterchange(doc));
    const io = captureIo();
    expect(await importCommand.run([json, '--out', tmp.file('a.powerhall')], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/Created .*a\.powerhall: 2 scenario\(s\), 1 hall\(s\), 12 rack\(s\)\./);

    const out = captureIo();
    expect(await exportCommand.run([tmp.file('a.powerhall'), '--format', 'json'], out)).toBe(0);
    expect(out.stdout.join('')).toBe(formatInterchange(doc));
    expect(await exportCommand.run([tmp.file('a.powerhall'), '--format', 'json', '--out', tmp.file('back.json')], captureIo())).toBe(0);
    expect(await importCommand.run([tmp.file('back.json'), '--out', tmp.file('b.powerhall')], captureIo())).toBe(0);
    const again = ProjectService.open(tmp.file('b.powerhall'));
    expect(again.load()).toEqual(doc);
    again.close();
    expect(readFileSync(tmp.file('back.json'), 'utf8')).toBe(formatInterchange(doc));
  });

  it('refuses a newer version naming both versions, and other formats', () => {
    const doc = sampleDocument();
    expect(readInterchange({ ...doc, version: 7 })).toEqual({
      ok: false,
      message: 'This file uses interchange version 7, written by a newer Powerhall; this Powerhall reads versions up to 2.',
      issues: [],
    });
    expect(readInterchange({ ...doc, format: 'excalidraw' })).toMatchObject({ ok: false, message: expect.stringMatching(/not a Powerhall interchange file/) });
    expect(readInterchange({ ...doc, version: '1' })).toMatchObject({ ok: false, message: expect.stringMatching(/no valid "version"/) });
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = parseInterchange('{\n  "format": "powerhall-project",\n  "version": 1,,\n}');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^The file is not valid JSON: line 3, column 16/) });
  });

  it('reports schema and reference problems with their paths', () => {
    const doc = sampleDocument();
    const badRack = { ...doc.racks[0]!, slot: -1 };
    expect(readInterchange({ ...doc, racks: [badRack, ...doc.racks.slice(1)] })).toMatchObject({
      ok: false,
      issues: [{ path: 'racks.0.slot' }],
    });
    const orphan = { ...doc.racks[0]!, rowId: 'row-x' };
    const result = readInterchange({ ...doc, racks: [orphan, ...doc.racks.slice(1)] });
    expect(result).toEqual({
      ok: false,
      message: "The project's references are broken: racks.0.rowId: row row-x does not exist.",
      issues: [{ path: 'racks.0.rowId', message: 'row row-x does not exist' }],
    });
  });

  it('refuses to import over an existing project', async () => {
    writeFileSync(tmp.file('site.json'), formatInterchange(sampleDocument()));
    ProjectService.create(tmp.file('a.powerhall'), sampleDocument()).close();
    const before = readFileSync(tmp.file('a.powerhall'));
    await expect(importCommand.run([tmp.file('site.json'), '--out', tmp.file('a.powerhall')], captureIo())).rejects.toThrow(/already exists/);
    expect(readFileSync(tmp.file('a.powerhall'))).toEqual(before);
  });
});
