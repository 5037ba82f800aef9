import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../paths.ts';

let version: string | undefined;

/** Powerhall's own version, recorded in every file it writes so that an older release can name it. */
export function appVersion(): string {
  version ??= String((JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: unknown }).version);
  return version;
}
