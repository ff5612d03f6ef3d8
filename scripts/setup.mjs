// `npm run setup`: everything a fresh machine needs, using only Node built-ins (it runs before node_modules exists).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, electronBinaryPath, missingElectronMessage, root } from './electronBinary.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  return result.status === 0;
}

function fail(message) {
  console.error(`\nsetup failed: ${message}`);
  process.exit(1);
}

// Electron 45 no longer downloads its binary during install, so `npm ci` succeeds offline; the binary comes next.
if (!run(npm, ['ci', '--no-audit', '--no-fund'], { env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })) {
  fail('npm ci did not complete (see its output above).');
}

if (!electronBinaryPath()) {
  const installed = run(process.execPath, ['node_modules/electron/install.js'], { timeout: 180_000 });
  if (!installed || !electronBinaryPath()) console.warn(`\n${missingElectronMessage}\n`);
}

const isDebianRoot = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version');
const cjkFonts = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
// The print spec reads the PDF Chromium makes back with poppler's pdftotext and pdfinfo.
const hasPoppler = () => spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
if (
  !electronBinaryPath() &&
  (!chromiumPath() || (process.platform === 'linux' && (!existsSync(cjkFonts) || !hasPoppler())))
) {
  if (isDebianRoot) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      !run('apt-get', ['update'], { env }) ||
      !run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk', 'poppler-utils'], { env })
    ) {
      fail('apt-get could not install chromium, fonts-noto-cjk and poppler-utils.');
    }
  } else if (!chromiumPath()) {
    console.warn(
      '\nNeither the Electron binary nor Chromium was found. End-to-end tests and `npm run web` need one of them:\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk poppler-utils\n' +
        '  elsewhere: install Chromium and set CHROMIUM_PATH to its executable.\n',
    );
  }
}

if (!run(npm, ['run', 'build'])) fail('the build failed (see its output above).');
console.log('\nsetup complete.');
