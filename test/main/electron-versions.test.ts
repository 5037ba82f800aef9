import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aboutDetail, aboutPanelOptions, appVersions, sqliteVersion } from '../../main/electron/app-versions.ts';
import { diagnosticsText } from '../../main/electron/diagnostics.ts';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { ProjectService } from '../../main/services/project-service.ts';

const RUNTIME = { app: '0.1.0', process: { electron: '39.2.0', chrome: '142.0.7444.59', node: '22.20.0', v8: '14.2' }, platform: 'linux x64 6.8' };

describe('About and diagnostics versions', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('name the app, Electron, Chromium, Node, SQLite and the schema a new project file is written with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'powerhall-versions-'));
    dirs.push(dir);
    const path = join(dir, 'new.powerhall');
    ProjectService.create(path, loadSampleDocument()).close();
    // Read back with a connection of its own: the schema number About shows is the one the file carries.
    const db = new Database(path, { readonly: true });
    const fileSchema = Number(db.pragma('user_version', { simple: true }));
    const librarySqlite = (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
    db.close();

    const versions = appVersions(RUNTIME, sqliteVersion());
    expect(versions).toMatchObject({ Powerhall: '0.1.0', Electron: '39.2.0', Chromium: '142.0.7444.59', Node: '22.20.0', SQLite: librarySqlite });
    expect(versions.SQLite).toMatch(/^3\.\d+\.\d+$/);
    expect(versions['Project schema']).toBe(`version ${fileSchema}`);
    expect(fileSchema).toBeGreaterThan(0);

    const about = aboutDetail(versions);
    for (const line of ['Powerhall: 0.1.0', 'Electron: 39.2.0', 'Chromium: 142.0.7444.59', 'Node: 22.20.0', `SQLite: ${librarySqlite}`, `Project schema: version ${fileSchema}`]) {
      expect(about.split('\n')).toContain(line);
    }
    const panel = aboutPanelOptions(versions);
    expect(panel).toMatchObject({ applicationName: 'Powerhall', applicationVersion: '0.1.0' });
    expect(panel.credits).toContain(`SQLite: ${librarySqlite}`);
    expect(panel.credits).toContain('Electron: 39.2.0');

    const diagnostics = diagnosticsText({ versions, log: '' });
    expect(diagnostics).toContain(`  SQLite: ${librarySqlite}`);
    expect(diagnostics).toContain(`  Project schema: version ${fileSchema}`);
    expect(diagnostics).toContain('  Chromium: 142.0.7444.59');
  });

  it('say so when not running in Electron (the CLI and browser mode have no Electron or Chromium of their own)', () => {
    const versions = appVersions({ app: '0.1.0', process: { node: '22.20.0' }, platform: 'linux x64' }, '3.50.0');
    expect(versions.Electron).toBe('not running in Electron');
    expect(versions.Chromium).toBe('not running in Electron');
  });
});
