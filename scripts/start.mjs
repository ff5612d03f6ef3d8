// `npm start`: builds and runs the desktop app; explains plainly when the Electron binary is missing.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinaryPath, missingElectronMessage, root } from './electronBinary.mjs';

const binary = electronBinaryPath();
if (!binary) {
  console.error(missingElectronMessage);
  process.exit(1);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (
  spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status !== 0
) {
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
