/**
 * The `gazette` command: a table of subcommands, each in its own module under cli/, over the same services the
 * app uses. Output goes to stdout, diagnostics to stderr, and failures exit non-zero.
 */
import { annotationsCommand } from './cli/annotations';
import { importCommand } from './cli/import';
import { listCommand } from './cli/list';
import { parseCommand } from './cli/parse';
import { removeCommand } from './cli/remove';
import { searchCommand } from './cli/search';
import type { CliCommand } from './cli/command';
import { toApiError } from './apiErrors';

const commands: Record<string, CliCommand> = {
  parse: parseCommand,
  import: importCommand,
  list: listCommand,
  remove: removeCommand,
  search: searchCommand,
  annotations: annotationsCommand,
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, command]) => `  gazette ${name} ${command.usage}\n      ${command.summary}`,
  );
  return `用法：\n${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`未知命令：${name}\n${usage()}`);
    return 2;
  }
  return command.run(args);
}

/** One line for a person: what went wrong and what to do, never a stack (GAZETTE_DEBUG=1 adds it for developers). */
export function errorLine(error: unknown): string {
  const { message } = toApiError(error);
  const debug = process.env.GAZETTE_DEBUG && error instanceof Error ? `\n${error.stack ?? ''}` : '';
  return `${message}${debug}\n`;
}

/** A reader that stops early (`gazette list | head`) closes the pipe; that ends the output, it is not a failure. */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Run when executed directly (tsx src/main/cli.ts, or the bundled bin), not when imported by tests.
const entry = process.argv[1] ?? '';
if (/cli\.(?:ts|js|mjs|cjs)$|gazette(?:\.js)?$/u.test(entry)) {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(errorLine(error));
      process.exitCode = 1;
    },
  );
}
