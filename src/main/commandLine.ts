/**
 * The command line of the three entry points — the desktop app, the web host and the `gazette` command — read the
 * same way, so `--data DIR` and `--profile NAME` mean the same library and person in each.
 */

/** The value of `--name VALUE` or `--name=VALUE`, if given. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

/** The options every entry point takes; unset ones fall back to the environment (see dataDir.ts, profile.ts). */
export function sharedOptions(argv: readonly string[]): { dataDir: string | undefined; profile: string | undefined } {
  return { dataDir: optionValue(argv, '--data'), profile: optionValue(argv, '--profile') };
}
