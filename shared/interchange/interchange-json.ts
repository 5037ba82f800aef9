import { checkDocumentIntegrity, type IntegrityIssue } from '../model/integrity.ts';
import { INTERCHANGE_FORMAT, INTERCHANGE_VERSION, ProjectDocument } from '../model/index.ts';
import { INTERCHANGE_MIGRATIONS } from './interchange-migrations.ts';
import { findIllFormedText, illFormedTextMessage } from '../contract/well-formed.ts';

export type InterchangeResult = { ok: true; document: ProjectDocument } | { ok: false; message: string; issues: IntegrityIssue[] };

/** Most records one interchange file may hold: far above any real site, well below what would make the project crawl. */
export const MAX_INTERCHANGE_RECORDS = 200_000;

const fail = (message: string, issues: IntegrityIssue[] = []): InterchangeResult => ({ ok: false, message, issues });

/** Line and column (1-based) of a character offset, for JSON syntax errors people can find in an editor. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Reads a parsed interchange value of any version this Powerhall knows: older versions are brought up to the
 * current one step by step, then the result is validated record by record and for references.
 */
export function readInterchange(value: unknown): InterchangeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('The file does not hold a JSON object.');
  const records = Object.values(value).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  if (records > MAX_INTERCHANGE_RECORDS) {
    return fail(`The file holds ${records} records; Powerhall imports at most ${MAX_INTERCHANGE_RECORDS} from one file.`);
  }
  const illFormed = findIllFormedText(value);
  if (illFormed) {
    const where = illFormed.join('.');
    return fail(`The file cannot be imported: at ${where}, ${illFormedTextMessage(illFormed)}.`, [{ path: where, message: illFormedTextMessage(illFormed) }]);
  }
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== INTERCHANGE_FORMAT) {
    return fail(`This is not a Powerhall interchange file: "format" must be "${INTERCHANGE_FORMAT}", found ${JSON.stringify(head.format) ?? 'nothing'}.`);
  }
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    return fail(`The interchange file has no valid "version" (found ${JSON.stringify(head.version) ?? 'nothing'}).`);
  }
  if (head.version > INTERCHANGE_VERSION) {
    return fail(
      `This file uses interchange version ${head.version}, written by a newer Powerhall; this Powerhall reads versions up to ${INTERCHANGE_VERSION}.`,
    );
  }
  let current: unknown = value;
  for (let v = head.version; v < INTERCHANGE_VERSION; v += 1) {
    const step = INTERCHANGE_MIGRATIONS.find((m) => m.from === v);
    if (!step) return fail(`No upgrade is known from interchange version ${v}.`);
    current = step.up(current);
  }
  const parsed = ProjectDocument.safeParse(current);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
    return fail(`The project in the file is invalid: ${issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')}.`, issues);
  }
  const broken = checkDocumentIntegrity(parsed.data);
  if (broken.length > 0) {
    return fail(`The project's references are broken: ${broken.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')}.`, broken);
  }
  return { ok: true, document: parsed.data };
}

/** Parses interchange JSON text; a syntax error is reported with its line and column. */
export function parseInterchange(input: string): InterchangeResult {
  // A UTF-8 byte-order mark, as some editors write, is not part of the JSON (the CSV reader drops it too).
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    if (at) {
      const { line, column } = lineColumn(text, Number(at[1]));
      return fail(`The file is not valid JSON: line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '')}.`);
    }
    return fail(`The file is not valid JSON: ${message}.`);
  }
  return readInterchange(value);
}

/** The interchange text of a document: stable, indented, one trailing newline. */
export function formatInterchange(doc: ProjectDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
