import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleProject, loadSampleDocument, sampleDocumentPath } from '../../main/app/sample-project.ts';
import { BillJson } from '../../shared/report-views/bill-formats.ts';
import { runCli } from '../support/run-cli.ts';
import { CLI } from '../support/serve.ts';

describe('powerhall CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'powerhall-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs as the installed bin and prints its commands', () => {
    const result = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: powerhall <command>');
    for (const command of ['bill', 'serve', 'size']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('names an unknown command and exits 2', async () => {
    const result = await runCli(['bil']);
    expect(result.code).toBe(2);
    expect(result.err).toContain("unknown command 'bil'");
  });

  it('prints the bill of the JSON sample as { summary, lines, checks }', async () => {
    const result = await runCli(['bill', sampleDocumentPath(), '--format', 'json']);
    expect(result.code).toBe(0);
    const bill = BillJson.parse(JSON.parse(result.out));
    const sample = loadSampleDocument();
    const firstScenarioHalls = new Set(sample.halls.filter((h) => h.scenarioId === sample.scenarios[0]!.id).map((h) => h.id));
    const rows = new Set(sample.rows.filter((r) => firstScenarioHalls.has(r.hallId)).map((r) => r.id));
    expect(bill.summary.racks).toBe(sample.racks.filter((r) => rows.has(r.rowId)).length);
    for (const category of ['power', 'cooling', 'network'] as const) {
      expect(bill.lines.some((l) => l.category === category), category).toBe(true);
    }
    for (const line of bill.lines) {
      expect(line.derivation.length, line.item).toBeGreaterThan(0);
      expect(line.totalUsd).toBeCloseTo(line.quantity * line.unitCostUsd, 0);
    }
  });

  it('gives the same bill for the .powerhall copy as for the JSON it came from, for every scenario', async () => {
    const project = ensureSampleProject(dir);
    for (const scenario of loadSampleDocument().scenarios) {
      const fromJson = await runCli(['bill', sampleDocumentPath(), '--format', 'json', '--scenario', scenario.name]);
      const fromFile = await runCli(['bill', project, '--format', 'json', '--scenario', scenario.id]);
      expect(fromFile.code).toBe(0);
      expect(JSON.parse(fromFile.out)).toEqual(JSON.parse(fromJson.out));
    }
  });

  it('prints CSV with one header and a row per bill line, quoting commas', async () => {
    const json = BillJson.parse(JSON.parse((await runCli(['bill', sampleDocumentPath(), '--format', 'json'])).out));
    const result = await runCli(['bill', sampleDocumentPath(), '--format', 'csv']);
    expect(result.code).toBe(0);
    const records = result.out.trimEnd().split('\r\n');
    expect(records[0]).toBe(
      'category,item,catalog_id,group,group_name,quantity,unit,capacity_per_unit,capacity_unit,redundancy,scope,unit_cost_usd,total_usd,lead_time_weeks,derivation,source',
    );
    expect(records.length).toBe(json.lines.length + 1);
    // Each row carries its line's scope (landlord facility, tenant IT and network, OEM in-rack), as the JSON does;
    // the CSV export test reads the column back against the report.
    const table = (await runCli(['bill', sampleDocumentPath(), '--format', 'table'])).out;
    expect(table.split('\n').find((l) => l.startsWith('category'))).toMatch(/^category\s+scope\s+item/);
  });

  it('refuses bad arguments and bad files with one line naming the problem', async () => {
    const badFormat = await runCli(['bill', sampleDocumentPath(), '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.err.trim()).toBe("powerhall bill: --format must be one of json, csv, table; got 'xml'");

    const badScenario = await runCli(['bill', sampleDocumentPath(), '--scenario', 'phase 9']);
    expect(badScenario.code).toBe(2);
    expect(badScenario.err).toContain("no scenario 'phase 9'");

    const notProject = join(dir, 'other.json');
    writeFileSync(notProject, JSON.stringify({ hello: 'world' }));
    const wrongJson = await runCli(['bill', notProject]);
    expect(wrongJson.code).toBe(1);
    expect(wrongJson.err).toMatch(/other\.json: This is not a Powerhall interchange file/);

    const text = join(dir, 'notes.powerhall');
    writeFileSync(text, 'just some text\n');
    const wrongFile = await runCli(['bill', text]);
    expect(wrongFile.code).toBe(1);
    expect(wrongFile.err.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
