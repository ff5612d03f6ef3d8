/**
 * Everything the app stores lives under one data folder, so tests and several installs never collide.
 * Order: `--data DIR`, then GAZETTE_DATA_DIR, then the folder Electron uses as `userData` for this product —
 * computed here without Electron so the `gazette` command and the web host share the desktop app's library.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { productName } from '../../package.json';

export function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), productName);
}

export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const chosen = optionValue(argv, '--data') ?? env.GAZETTE_DATA_DIR;
  return chosen ? resolve(chosen) : defaultDataDir(env);
}
