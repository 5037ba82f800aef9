import { CliUsageError, type CliCommand, type CliIo } from './command.ts';

/**
 * Runs one command and turns the errors it reports into a line and an exit code: a usage error exits 2, an error
 * of Powerhall's own API (a file it cannot read, a project it refuses) exits 1; anything else is a bug and is thrown.
 * The bundled CLI runs this inside each command's script, whose error classes are its own.
 */
export async function runCommand(command: CliCommand, args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`powerhall ${command.name}: ${error.message}`);
      return 2;
    }
    // Imported here, not at the top: the contract pulls in the schema library, which help does not need.
    const { ApiError } = await import('../../shared/contract/envelope.ts');
    if (error instanceof ApiError) {
      io.err(`powerhall ${command.name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
