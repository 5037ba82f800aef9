import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { POWERHALL_APPLICATION_ID } from './pragmas.ts';

/** What the first bytes of a file say, read with plain file I/O so that a refused file is never touched by SQLite. */
export type HeaderVerdict =
  | { ok: true; pageSize: number; userVersion: number }
  | { ok: false; message: string };

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_BYTES = 100;

function readStart(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function looksLikeText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  const text = bytes.toString('utf8');
  const printable = [...text].filter((c) => c === '\n' || c === '\r' || c === '\t' || c >= ' ').length;
  return printable / Math.max(1, [...text].length) > 0.95;
}

function sidecarInUse(path: string, suffix: string): boolean {
  try {
    return statSync(path + suffix).size > 0;
  } catch {
    return false;
  }
}

/** A rollback journal left by a crash: only a writable connection may roll it back. */
export function hasLeftoverRollbackJournal(path: string): boolean {
  return sidecarInUse(path, '-journal');
}

/** True when SQLite still has to replay or roll back a journal: the main file alone is then not the whole story. */
export function hasPendingJournal(path: string): boolean {
  return sidecarInUse(path, '-wal') || sidecarInUse(path, '-journal');
}

export function inspectHeader(path: string): HeaderVerdict {
  const size = statSync(path).size;
  if (size === 0) return { ok: false, message: 'The file is empty (0 bytes): it is not a Powerhall project.' };
  const start = readStart(path, Math.min(size, 512));
  if (start.subarray(0, SQLITE_MAGIC.length).toString('latin1') !== SQLITE_MAGIC) {
    if (looksLikeText(start)) {
      const preview = start.toString('utf8').slice(0, 40).replace(/\s+/g, ' ').trim();
      return { ok: false, message: `This is a text file, not a Powerhall project (it begins "${preview}").` };
    }
    return { ok: false, message: 'This file is not a Powerhall project: it is not an SQLite database.' };
  }
  if (start.length < HEADER_BYTES) {
    return { ok: false, message: `The project file is truncated: only ${size} bytes, less than its 100-byte header.` };
  }
  const rawPageSize = start.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    return { ok: false, message: `The project file is damaged: its header gives an impossible page size (${rawPageSize}).` };
  }
  const applicationId = start.readUInt32BE(68);
  if (applicationId !== POWERHALL_APPLICATION_ID) {
    const id = applicationId === 0 ? 'it has no application id' : `application id 0x${applicationId.toString(16).padStart(8, '0')}`;
    return { ok: false, message: `This is an SQLite database of another application (${id}), not a Powerhall project.` };
  }
  if (!hasPendingJournal(path)) {
    if (size % pageSize !== 0) {
      return { ok: false, message: `The project file is truncated: ${size} bytes is not a whole number of ${pageSize}-byte pages.` };
    }
    const headerPagesValid = start.readUInt32BE(24) === start.readUInt32BE(92);
    const headerPages = start.readUInt32BE(28);
    if (headerPagesValid && headerPages * pageSize > size) {
      return {
        ok: false,
        message: `The project file is truncated: its header says ${headerPages * pageSize} bytes but the file holds ${size}.`,
      };
    }
  }
  return { ok: true, pageSize, userVersion: start.readUInt32BE(60) };
}
