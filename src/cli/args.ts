/**
 * A command's line read as Node's `parseArgs` reads it, where a mistake in it (an option left
 * without its value, a misspelt option) is one line naming the command and its usage, not a
 * stack trace.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** `config` read from the command line, or a line on stderr and exit code 1. */
export function commandLine<T extends ParseArgsConfig>(command: string, usage: string, config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    // Node's first line: `Option '--slug <value>' argument missing`, `Unknown option '--slgu'`.
    const said = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    console.error(`${command}: ${said.replace(/\.$/, '')} (${usage})`);
    process.exit(1);
  }
}
