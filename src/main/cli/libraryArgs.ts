/** Argument helpers shared by the library commands (import, list, remove, search). */
import { sharedOptions } from '../commandLine';
import { resolveDataDir } from '../dataDir';
import { openLibrary, type Library } from '../library/library';

/** Opens the library of `--data DIR`, GAZETTE_DATA_DIR, or the app's own data folder; its repairs go to stderr. */
export const openCliLibrary = (args: readonly string[]): Library =>
  openLibrary({
    dataDir: resolveDataDir(sharedOptions(args).dataDir),
    notify: (message) => {
      process.stderr.write(`${message}\n`);
    },
  });

/** Positional arguments: everything that is not an option or the value of `--data` / `--limit`. */
export function positionals(args: readonly string[], valued: readonly string[] = ['--data', '--limit']): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (valued.includes(arg)) i++;
    else if (!arg.startsWith('--')) out.push(arg);
  }
  return out;
}
