import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Node's strict argument parser, with its errors turned into one-line usage errors. */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}

/** Reads one of a fixed set of values, naming the option and the valid values when it is wrong. */
export function oneOf<T extends string>(option: string, value: string | undefined, valid: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((valid as readonly string[]).includes(value)) return value as T;
  throw new CliUsageError(`--${option} must be one of ${valid.join(', ')}; got '${value}'`);
}
