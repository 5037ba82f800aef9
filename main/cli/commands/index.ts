import type { CliCommand } from '../command.ts';
import { billCommand } from './bill.ts';
import { economicsCommand } from './economics.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { loadProfileCommand } from './load-profile.ts';
import { restoreCommand } from './restore.ts';
import { retrofitCommand } from './retrofit.ts';
import { serveCommand } from './serve.ts';
import { sizeCommand } from './size.ts';

/** Every CLI subcommand, in the order `powerhall --help` lists them. */
export const commands: readonly CliCommand[] = [billCommand, retrofitCommand, economicsCommand, loadProfileCommand, serveCommand, sizeCommand, importCommand, exportCommand, restoreCommand];
