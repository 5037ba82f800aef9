import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { CURRENT_SCHEMA_VERSION } from '../../main/store/migrations/index.ts';
import { TABLES } from '../../main/store/record-tables.ts';
import { rowChecksum } from '../../main/store/row-checksum.ts';
import { ApiError } from '../../shared/contract/envelope.ts';
import { formatInterchange } from '../../shared/interchange/interchange-json.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { rng } from './random-edits.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const SIDECARS = ['', '-wal', '-shm', '-journal'];

/** The bytes of the file and its sidecars, to tell whether a refusal touched any of them. */
function snapshot(path: string): string {
  const hash = createHash('sha256');
  for (const s of SIDECARS) hash.update(existsSync(path + s) && !path.endsWith('/') ? safeRead(path + s) : Buffer.from('absent'));
  return hash.digest('hex');
}

function safeRead(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.from('unreadable');
  }
}

function sql(path: string, statements: string, options: { writableSchema?: boolean } = {}): void {
  const db = new Database(path);
  if (options.writableSchema) {
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
  }
  db.exec(statements);
  db.close();
}

/** Recomputes a row's checksum after a crafted edit, so that only the deeper checks stand between it and the app. */
function withValidChecksum(path: string, type: keyof typeof TABLES, id: string, set: string): void {
  const spec = TABLES[type];
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.exec(`UPDATE ${spec.table} SET ${set} WHERE id = '${id}'`);
  const row = db.prepare(`SELECT ${spec.columns.map((c) => c.column).join(', ')} FROM ${spec.table} WHERE id = ?`).get(id) as Record<string, string | number | null>;
  db.prepare(`UPDATE ${spec.table} SET checksum = ? WHERE id = ?`).run(rowChecksum(spec.columns.map((c) => row[c.column]!)), id);
  db.close();
}

function patchBytes(path: string, offset: number, bytes: number[]): void {
  const data = readFileSync(path);
  bytes.forEach((b, i) => (data[offset + i] = b));
  writeFileSync(path, data);
}

type Craft = (path: string) => void;
const random = rng(37);
const project = (path: string) => ProjectService.create(path, sampleDocument()).close();
const fromProject = (craft: Craft): Craft => (path) => {
  project(path);
  craft(path);
};

const CRAFTS: Record<string, Craft> = {
  'empty file': (p) => writeFileSync(p, ''),
  'a text file': (p) => writeFileSync(p, 'not a project\n'),
  'interchange JSON under a project name': (p) => writeFileSync(p, formatInterchange(sampleDocument())),
  'random bytes': (p) => writeFileSync(p, Buffer.from(Array.from({ length: 8192 }, () => Math.floor(random() * 256)))),
  'SQLite magic and nothing else': (p) => writeFileSync(p, 'SQLite format 3\0'),
  'first 100 bytes': fromProject((p) => truncateSync(p, 100)),
  'half the file': fromProject((p) => truncateSync(p, Math.floor(readFileSync(p).length / 2))),
  'one page short': fromProject((p) => truncateSync(p, readFileSync(p).length - 4096)),
  'impossible page size': fromProject((p) => patchBytes(p, 16, [0x03, 0x00])),
  'unknown file format version': fromProject((p) => patchBytes(p, 18, [0x07, 0x07])),
  'header database size too large': fromProject((p) => patchBytes(p, 28, [0x00, 0x10, 0x00, 0x00])),
  'freelist pointing past the end': fromProject((p) => patchBytes(p, 32, [0x00, 0x00, 0x7f, 0xff, 0x00, 0x00, 0x00, 0x05])),
  'second page zeroed': fromProject((p) => {
    const data = readFileSync(p);
    data.fill(0, 4096, 8192);
    writeFileSync(p, data);
  }),
  'another application id': fromProject((p) => sql(p, 'PRAGMA application_id = 305419896')),
  'a plain SQLite database': (p) => sql(p, 'CREATE TABLE t (x)'),
  'a newer schema version': fromProject((p) => sql(p, `PRAGMA user_version = ${CURRENT_SCHEMA_VERSION + 1}`)),
  'schema version 0': fromProject((p) => sql(p, 'PRAGMA user_version = 0')),
  'an extra trigger': fromProject((p) => sql(p, "CREATE TRIGGER t AFTER UPDATE ON racks BEGIN UPDATE meta SET value = 'x'; END")),
  'an extra view': fromProject((p) => sql(p, 'CREATE VIEW v AS SELECT * FROM racks')),
  'an extra table': fromProject((p) => sql(p, 'CREATE TABLE extra (x)')),
  'an extra column': fromProject((p) => sql(p, 'ALTER TABLE racks ADD COLUMN note TEXT')),
  'a dropped index': fromProject((p) => {
    const db = new Database(p);
    const index = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL LIMIT 1").get() as { name: string } | undefined;
    db.exec(index ? `DROP INDEX ${index.name}` : 'CREATE INDEX extra_index ON racks (label)');
    db.close();
  }),
  'a row changed outside Powerhall': fromProject((p) => sql(p, "UPDATE racks SET label = 'edited' WHERE id = 'rack-0-0'")),
  'a checksum-valid rack in a negative slot': fromProject((p) => withValidChecksum(p, 'rack', 'rack-0-1', 'slot = -5')),
  'a checksum-valid rack in a missing row': fromProject((p) => withValidChecksum(p, 'rack', 'rack-0-1', "row_id = 'row-missing'")),
  'a checksum-valid label too long': fromProject((p) => withValidChecksum(p, 'rack', 'rack-0-1', `label = '${'x'.repeat(61)}'`)),
  'checksum-valid JSON that is not JSON': fromProject((p) => withValidChecksum(p, 'site', 'site-1', "price_overrides = '{oops'")),
  'checksum-valid text that is not UTF-8': fromProject((p) => withValidChecksum(p, 'rack', 'rack-0-1', "label = CAST(X'EDA080' AS TEXT)")),
  'checksum-valid NUL inside a label': fromProject((p) => withValidChecksum(p, 'rack', 'rack-0-1', "label = 'a' || char(0) || 'b'")),
  'no site row': fromProject((p) => sql(p, 'DELETE FROM site')),
  'a revision that is text': fromProject((p) => sql(p, "UPDATE meta SET value = 'abc' WHERE key = 'revision'")),
  'a table definition altered in the schema': fromProject((p) =>
    sql(p, "UPDATE sqlite_schema SET sql = replace(sql, 'STRICT', '') WHERE name = 'racks'", { writableSchema: true }),
  ),
  'garbage beside it as its WAL': fromProject((p) => writeFileSync(`${p}-wal`, Buffer.from(Array.from({ length: 5000 }, () => Math.floor(random() * 256))))),
  'a WAL header with garbage frames': fromProject((p) => {
    const wal = Buffer.alloc(4096 + 32 + 24);
    wal.writeUInt32BE(0x377f0682, 0);
    wal.writeUInt32BE(3007000, 4);
    wal.writeUInt32BE(4096, 8);
    writeFileSync(`${p}-wal`, wal);
  }),
  'garbage beside it as a hot journal': fromProject((p) => writeFileSync(`${p}-journal`, Buffer.from(Array.from({ length: 1024 }, () => Math.floor(random() * 256))))),
  'a folder with a project name': (p) => mkdirSync(p),
  'a link to nothing': (p) => symlinkSync(`${p}.gone`, p),
};

describe('crafted-file battery', () => {
  it(`${Object.keys(CRAFTS).length} crafted files: refused untouched with a sentence, or opened, edited and reopened`, { timeout: 60_000 }, () => {
    let crashes = 0;
    let refusedButChanged = 0;
    let unopenable = 0;
    const opened: string[] = [];
    const problems: string[] = [];
    for (const [i, [name, craft]] of Object.entries(CRAFTS).entries()) {
      const path = tmp.file(`crafted-${i}.powerhall`);
      craft(path);
      const before = snapshot(path);
      let project: ProjectService | null = null;
      try {
        project = ProjectService.open(path);
      } catch (error) {
        if (!(error instanceof ApiError) || /\n\s+at /.test(error.message)) {
          crashes += 1;
          problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        } else if (snapshot(path) !== before) {
          refusedButChanged += 1;
          problems.push(`${name}: refused (${error.message}) but changed`);
        }
        continue;
      }
      opened.push(name);
      try {
        const site = project.load().site;
        if (project.info().readOnlyReason === null) {
          project.applyDiff(project.info().revision, { added: [], updated: [[site, { ...site, name: 'Edited after opening' }]], removed: [] });
        }
        project.close();
        const again = ProjectService.open(path);
        again.load();
        again.close();
      } catch (error) {
        unopenable += 1;
        problems.push(`${name}: opened, then ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    console.log(
      `crafted-file battery: ${Object.keys(CRAFTS).length} cases tried, ${opened.length} opened (${opened.join('; ')}), ${crashes} crashes, ${refusedButChanged} refused-but-changed, ${unopenable} unopenable after accepted writes`,
    );
    expect(problems).toEqual([]);
    expect({ crashes, refusedButChanged, unopenable }).toEqual({ crashes: 0, refusedButChanged: 0, unopenable: 0 });
  });
});
