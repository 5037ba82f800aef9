import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const SAFETY = { trusted_schema: 0, cell_size_check: 1, foreign_keys: 1, mmap_size: 0 };

describe('the settings SQLite really runs a project with', () => {
  it('a writer on a local disk: WAL, synchronous=FULL, checkpoints only where recorded, and the safety pragmas', () => {
    const project = ProjectService.create(tmp.file('p.powerhall'), sampleDocument());
    expect(project.effectivePragmas()).toEqual({ journal_mode: 'wal', synchronous: 2, wal_autocheckpoint: 0, ...SAFETY });
    project.close();
  });

  it('a writer in a sync folder: a rollback journal (DELETE), synchronous=FULL', () => {
    const folder = join(tmp.path, 'Dropbox');
    mkdirSync(folder);
    const project = ProjectService.create(join(folder, 'p.powerhall'), sampleDocument());
    expect(project.effectivePragmas()).toMatchObject({ journal_mode: 'delete', synchronous: 2, ...SAFETY });
    project.close();
  });

  it('a read-only window still has the safety pragmas', () => {
    ProjectService.create(tmp.file('p.powerhall'), sampleDocument()).close();
    const project = ProjectService.open(tmp.file('p.powerhall'), { readOnly: true });
    expect(project.effectivePragmas()).toMatchObject(SAFETY);
    project.close();
  });
});
