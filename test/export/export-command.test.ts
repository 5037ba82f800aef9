import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDocumentPath } from '../../main/app/sample-project.ts';
import { csvFormat } from '../../main/export/csv-format.ts';
import { exportFile, writeFormat } from '../../main/export/export-file.ts';
import { exportToFile } from '../../main/export/write-export.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { runCli } from '../support/run-cli.ts';
import { phase1Context } from './export-fixture.ts';

describe('powerhall export', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerhall-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a scenario as CSV to --out and names the file it wrote', async () => {
    const out = join(dir, 'phase1.csv');
    const result = await runCli(['export', sampleDocumentPath(), '--format', 'csv', '--scenario', 'Phase 1 AI hall', '--out', out]);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain(out);
    expect(readFileSync(out, 'utf8')).toContain('UPS frame 1,000 kW');
  });

  it('writes each binary format to --out, whole, with no temporary file left beside it', async () => {
    const signatures: Record<string, string> = { xlsx: 'PK', pdf: '%PDF-', glb: 'glTF', dxf: '0\nSECTION' };
    for (const [format, start] of Object.entries(signatures)) {
      const out = join(dir, `brief.${format}`);
      const result = await runCli(['export', sampleDocumentPath(), '--format', format, '--scenario', 'sc-phase1', '--hide-prices', '--out', out]);
      expect(result.code, result.err).toBe(0);
      expect(readFileSync(out).subarray(0, start.length).toString('latin1'), format).toBe(start);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps printing the interchange JSON of a .json project to stdout', async () => {
    const result = await runCli(['export', sampleDocumentPath(), '--format', 'json']);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out).site.name).toBe(loadSampleDocument().site.name);
  });

  it('names the scenarios when the one asked for is missing, and the formats when the format is wrong', async () => {
    const missing = await runCli(['export', sampleDocumentPath(), '--format', 'csv', '--scenario', 'nope', '--out', join(dir, 'x.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('sc-phase1 (Phase 1 AI hall)');
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    const tenantJson = await runCli(['export', sampleDocumentPath(), '--format', 'json', '--hide-prices']);
    expect(tenantJson.code).toBe(2);
    expect(tenantJson.err).toContain('price book');
    const wrong = await runCli(['export', sampleDocumentPath(), '--format', 'docx']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/--format must be one of json, csv, xlsx/);
  });

  it('leaves no file, partial or temporary, when the writer fails or the folder is denied', async () => {
    const target = join(dir, 'failed.csv');
    const failing = { ...csvFormat, write: () => Promise.reject(new Error('disk on fire')) };
    await expect(exportToFile(target, () => writeFormat(failing, phase1Context(), () => {}, { imageScale: 1 }))).rejects.toThrow(/could not be made: disk on fire\. Nothing was written/);
    expect(readdirSync(dir).filter((f) => f.includes('failed'))).toEqual([]);
    if (process.getuid?.() !== 0) {
      const denied = join(dir, 'denied');
      mkdirSync(denied);
      chmodSync(denied, 0o500);
      await expect(exportToFile(join(denied, 'bill.csv'), () => csvFormat.write(phase1Context(), () => {}))).rejects.toThrow(/Nothing was written/);
      expect(readdirSync(denied)).toEqual([]);
    }
  });

  it('answers the app with the file (written by the export worker) as base64 and a name from the project and scenario', async () => {
    const file = await exportFile(loadSampleDocument(), loadCatalog(), { scenarioId: 'sc-phase1', format: 'csv', hidePrices: true });
    expect(file.fileName).toBe('North Shore Mining Campus - Phase 1 AI hall (tenant copy).csv');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.length).toBe(file.bytes);
    expect(bytes.toString('utf8')).not.toContain('total_usd');
    await expect(exportFile(loadSampleDocument(), loadCatalog(), { scenarioId: 'missing', format: 'csv', hidePrices: false })).rejects.toThrow(/no scenario/);
  });
});
