import type { CliIo } from './command.ts';
import { commands } from './commands/index.ts';
import { runCommand } from './run-command.ts';

const stdio: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'powerhall: AI/HPC facility layout and power, cooling and network upgrade bills.',
    '',
    'Usage: powerhall <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'powerhall <command> --help' for a command's options.",
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`powerhall: unknown command '${name}'. Commands: ${commands.map((c) => c.name).join(', ')}.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  return runCommand(command, rest, io);
}

/** The `powerhall` process: main() on the real argv and stdio, its result as the exit code. */
export async function runAsProcess(argv: readonly string[]): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      // The reader went away (`powerhall bill … | head`): it has what it wanted, so this is no failure.
      process.exit(0);
    });
  }
  process.exitCode = await main(argv);
}
