import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../main/app/project-session.ts';
import { ensureSampleProject, sampleDocumentPath } from '../../main/app/sample-project.ts';
import { browserProjectFiles } from '../../main/server/browser-files.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import type { FileOutcome } from '../../shared/contract/project-files.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';

const upload = (fileName: string, bytes: Buffer | string) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });

describe("browser mode's project files (New, Open, Open Recent, Save As, Import, Close) through the contract", () => {
  let dataDir: string;
  let session: ProjectSession;
  let replaced: number;
  const call = async (method: string, request: unknown) => session.router.dispatch('files', method, request);
  const ok = async <T = FileOutcome>(method: string, request: unknown): Promise<T> => {
    const result = await call(method, request);
    if (!result.ok) throw new Error(`files.${method}: ${result.error.message}`);
    return result.value as T;
  };
  const refused = async (method: string, request: unknown) => {
    const result = await call(method, request);
    if (result.ok) throw new Error(`files.${method} was accepted`);
    return result.error;
  };
  const load = async () => ((await session.router.dispatch('project', 'load', {})) as { value: ProjectDocument }).value;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'powerhall-files-'));
    session = await ProjectSession.open(ensureSampleProject(dataDir));
    replaced = 0;
    session.files = browserProjectFiles(session, { dataDir, onReplaced: () => (replaced += 1) });
  });
  afterEach(() => {
    session.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('New makes an empty project in the data folder, serves it, lists it in Open Recent, and never overwrites one', async () => {
    const sample = session.project.path;
    expect(await ok('newProject', { name: 'Client: site A' })).toEqual({ outcome: 'reload' });
    expect(replaced).toBe(1);
    expect(session.project.path).toBe(join(dataDir, 'projects', 'Client site A.powerhall'));
    const doc = await load();
    expect(doc.site.name).toBe('Client: site A');
    expect(doc.scenarios).toHaveLength(1);
    expect(doc.halls).toEqual([]);
    await ok('newProject', { name: 'Client: site A' });
    expect(basename(session.project.path)).toBe('Client site A (2).powerhall');
    const { projects } = await ok<{ projects: { path: string; name: string }[] }>('recent', {});
    expect(projects.map((p) => p.name)).toEqual(['Client site A (2)', 'Client site A', 'North Shore sample']);
    expect(projects[2]!.path).toBe(sample);
    expect(await refused('newProject', { name: '   ' })).toMatchObject({ code: 'bad-request' });
    expect(await refused('open', { path: join(dataDir, 'elsewhere.powerhall') })).toMatchObject({ code: 'not-found', message: expect.stringContaining('not in the recent list') });
    expect(await ok('open', { path: projects[1]!.path })).toEqual({ outcome: 'reload' });
    expect(basename(session.project.path)).toBe('Client site A.powerhall');
  });

  it('Open takes a project file the tab sends, and refuses a damaged or foreign one cleanly, leaving the open project served', async () => {
    const other = join(dataDir, 'other.powerhall');
    ProjectService.create(other, { ...(await load()), site: { ...(await load()).site, name: 'Other site' } }).close();
    expect(await ok('open', { upload: upload('Other site.powerhall', readFileSync(other)) })).toEqual({ outcome: 'reload' });
    expect((await load()).site.name).toBe('Other site');
    const served = session.project.path;

    const garbage = await refused('open', { upload: upload('broken.powerhall', 'not a database at all'.repeat(100)) });
    expect(garbage.code).toBe('refused-file');
    expect(session.project.path).toBe(served);
    expect((await load()).site.name).toBe('Other site');
    const kept = (await ok<{ projects: { name: string }[] }>('recent', {})).projects.map((p) => p.name);
    expect(kept).not.toContain('broken');

    expect(await refused('open', { upload: upload('site.json', '{}') })).toMatchObject({ message: expect.stringContaining('use Import') });
    expect(await refused('open', { upload: { fileName: 'x.powerhall', base64: 'not base64!' } })).toMatchObject({ code: 'bad-request' });
    expect(await refused('open', {})).toMatchObject({ message: expect.stringContaining('Choose the Powerhall project') });
  });

  it('Save As answers a consistent copy to download, which opens as the same project, and the tab goes on where it was', async () => {
    const before = await load();
    const { outcome, file } = await ok<{ outcome: string; file: { fileName: string; base64: string } }>('saveAs', {});
    expect(outcome).toBe('done');
    expect(file.fileName).toBe(basename(session.project.path));
    const copy = join(dataDir, 'downloaded.powerhall');
    writeFileSync(copy, Buffer.from(file.base64, 'base64'));
    // Read back by SQLite on its own, then by the store.
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
    const reopened = ProjectService.open(copy);
    expect(reopened.load()).toEqual(before);
    reopened.close();
    expect(replaced).toBe(0);
  });

  it('Import puts the lines of a CSV into the scenario named (all or none) and makes a new project of an interchange JSON', async () => {
    const before = await load();
    const phase1 = before.scenarios.find((s) => s.id === 'sc-phase1')!;
    const csv = 'catalog,name,x,y\ndrycooler-adiabatic-500kw,DC-import-1,150,150\ndrycooler-adiabatic-500kw,DC-import-2,160,150\n';
    expect(await ok('importFile', { scenarioId: phase1.id, upload: upload('yard.csv', csv) })).toEqual({ outcome: 'reload' });
    const after = await load();
    const added = after.equipment.filter((e) => e.name.startsWith('DC-import-'));
    expect(added.map((e) => [e.name, e.scenarioId])).toEqual([
      ['DC-import-1', 'sc-phase1'],
      ['DC-import-2', 'sc-phase1'],
    ]);
    const bad = await refused('importFile', { scenarioId: phase1.id, upload: upload('yard.csv', 'catalog,name,x,y\ndrycooler-adiabatic-500kw,DC-bad,150,150\ndrycooler-adiabatic-500kw,DC-bad-2,east,150\n') });
    expect(bad.message).toMatch(/nothing was imported/);
    expect((await load()).equipment).toHaveLength(after.equipment.length);

    expect(await ok('importFile', { scenarioId: phase1.id, upload: upload('North Shore.json', readFileSync(sampleDocumentPath())) })).toEqual({ outcome: 'reload' });
    expect(session.project.path).toBe(join(dataDir, 'projects', 'North Shore.powerhall'));
    expect((await load()).equipment.some((e) => e.name.startsWith('DC-import-'))).toBe(false);
    expect(await refused('importFile', { scenarioId: phase1.id, upload: upload('plan.dxf', 'x') })).toMatchObject({ message: expect.stringContaining('neither an interchange JSON') });
  });

  it('Close leaves no project served: every call says how to go on, and Open Recent brings one back', async () => {
    const path = session.project.path;
    await ok('newProject', { name: 'Scratch' });
    expect(await ok('close', {})).toEqual({ outcome: 'reload' });
    expect(session.isOpen).toBe(false);
    expect(replaced).toBe(2);
    const info = await session.router.dispatch('project', 'info', {});
    expect(info).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('No project is open') } });
    const { projects } = await ok<{ projects: { path: string }[] }>('recent', {});
    await ok('open', { path: projects[0]!.path });
    expect(basename(session.project.path)).toBe('Scratch.powerhall');
    expect(path).not.toBe(session.project.path);
  });
});
