import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { nodeFileSystem, writeFileAtomic } from '../services/file-system.ts';

/** A small state file of the app (recent projects, window state), or undefined when there is none yet. */
export function readStateFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Written whole or not at all, so a crash never leaves half a file for the next start to parse. */
export function writeStateFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(nodeFileSystem, path, Buffer.from(text, 'utf8'));
}
