// Where the Electron binary is, without require('electron'): since Electron 45 that require() starts a download
// when the binary is missing, and this machine may have no way to download it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronBinaryPath() {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** How tests start Debian's Chromium headless: no sandbox as root, and none of its background network traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function chromiumPath() {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : null;
}

export const missingElectronMessage = [
  '未找到 Electron 程序文件。The Electron binary is not installed.',
  '  `npm start` needs it: run `npx install-electron` where the internet is reachable,',
  '  or set ELECTRON_MIRROR to a reachable mirror and run `npm run setup` again.',
  '  Meanwhile `npm run web` runs the same app in a browser (Chromium) against the same services.',
].join('\n');
