import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../../main/app/project-session.ts';
import { importCommand } from '../../main/cli/commands/import.ts';
import { listBackups } from '../../main/services/backups.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { ProjectStore } from '../../main/store/project-store.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { planCsvImport } from '../../shared/interchange/csv-import.ts';
import { formatInterchange, parseInterchange } from '../../shared/interchange/interchange-json.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { captureIo } from './capture-io.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const LONE = '\ud800';

function caught(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('a lone UTF-16 surrogate in a string', () => {
  it('is refused over the API, and the project still opens with every earlier edit', async () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    const session = await ProjectSession.open(path);
    const rack = session.project.load().racks[0]!;
    const result = await session.router.dispatch('project', 'applyDiff', {
      baseRevision: 0,
      diff: { added: [], updated: [[rack, { ...rack, label: `bad${LONE}` }]], removed: [] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-request');
      expect(result.error.message).toMatch(/Label.*not valid Unicode|not valid Unicode.*label/i);
      expect(result.error.message).not.toMatch(/updated\.0\.1/);
    }
    session.close();
    const again = ProjectService.open(path);
    expect(again.load().racks[0]!.label).toBe(rack.label);
    again.close();
  });

  it('is refused by the service itself (any caller), and nothing is written', () => {
    const path = tmp.file('p.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const doc = project.load();
    const error = caught(() => project.applyDiff(0, { added: [], updated: [[doc.site, { ...doc.site, location: `x${LONE}y` }]], removed: [] }));
    expect(error.code).toBe('bad-request');
    expect(project.info().revision).toBe(0);
    project.backupNow();
    project.close();
    const again = ProjectService.open(path);
    expect(again.load()).toEqual(doc);
    again.close();
  });

  it('that reaches the store anyway is caught by reading the row back before commit, and the file still loads', () => {
    const path = tmp.file('p.powerhall');
    ProjectService.create(path, sampleDocument()).close();
    const store = ProjectStore.open(path, { writable: true, journal: 'wal' });
    const rack = store.loadDocument().racks[0]!;
    const error = caught(() => store.applyDiff(0, { added: [], updated: [[rack, { ...rack, label: `x${LONE}` }]], removed: [] }));
    expect(error.message).toMatch(/could not be stored exactly as given/);
    expect(store.loadDocument().racks[0]!.label).toBe(rack.label);
    store.close();
  });

  it('in an imported JSON file is refused and leaves no file at --out', async () => {
    const doc = sampleDocument();
    const bad = { ...doc, site: { ...doc.site, name: `Site ${LONE}` } };
    const text = formatInterchange(bad);
    expect(text).toContain('\\ud800');
    const result = parseInterchange(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/site\.name|name/);
    writeFileSync(tmp.file('bad.json'), text);
    const io = captureIo();
    await expect(importCommand.run([tmp.file('bad.json'), '--out', tmp.file('out.powerhall')], io)).rejects.toThrow(/not valid Unicode/);
    expect(existsSync(tmp.file('out.powerhall'))).toBe(false);
  });

  it('in CSV text is refused with its line', () => {
    const doc = sampleDocument();
    const csv = `hall,row,position,profile,label\nHall A,${doc.rows[0]!.name},7,${doc.racks[0]!.profileId},ok\nHall A,${doc.rows[0]!.name},8,${doc.racks[0]!.profileId},b${LONE}\n`;
    const plan = planCsvImport(csv, { doc, scenarioId: doc.halls[0]!.scenarioId, newId: (t) => `${t}-new-${Math.random()}` });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.errors[0]).toMatchObject({ line: 3, message: expect.stringMatching(/not valid Unicode/) });
  });

  it('a file whose row fails its checksum is refused truthfully, and no backup is taken of a state that does not load', () => {
    const path = tmp.file('p.powerhall');
    const project = ProjectService.create(path, sampleDocument());
    const db = (project as unknown as { store: { db: { prepare(s: string): { run(...a: unknown[]): unknown } } } }).store.db;
    db.prepare("UPDATE racks SET label = 'changed' WHERE rowid = 1").run();
    const error = caught(() => project.backupNow());
    expect(error.message).toMatch(/backup was not taken/i);
    expect(listBackups(path)).toEqual([]);
    project.close();
    const refused = caught(() => ProjectService.open(path));
    expect(refused.code).toBe('refused-file');
    expect(refused.message).toMatch(/fails Powerhall's own check/);
  });
});
