/**
 * Everything the app stores lives under one data folder, so tests and several installs never collide.
 * Order: the folder the command line names (`--data DIR`), then GAZETTE_DATA_DIR, then the folder Electron uses as
 * `userData` for this product — computed here without Electron so the `gazette` command and the web host share the
 * desktop app's library.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { productName } from '../../package.json';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), productName);
}

export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? env.GAZETTE_DATA_DIR;
  return chosen ? resolve(chosen) : defaultDataDir(env);
}
