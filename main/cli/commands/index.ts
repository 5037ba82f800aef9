import type { CliCommand } from '../command.ts';

/** Every CLI subcommand, in the order `powerhall --help` lists them. */
export const commands: readonly CliCommand[] = [];
