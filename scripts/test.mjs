// `npm test`: every check, in the order that fails fastest, then one closing line with the test counts.
// All steps run even after a failure (so one run shows everything that is wrong); e2e needs a good build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './electronBinary.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = join(root, 'test-results');
const vitestReport = join(results, 'vitest.json');
const e2eReport = join(results, 'e2e.json');
mkdirSync(results, { recursive: true });
rmSync(vitestReport, { force: true });
rmSync(e2eReport, { force: true });

const failedSteps = [];
function step(name, args) {
  console.log(`\n=== ${name}`);
  const ok = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
  if (!ok) failedSteps.push(name);
  return ok;
}

step('format', ['run', '--silent', 'format:check']);
step('typecheck', ['run', '--silent', 'typecheck']);
step('lint', ['run', '--silent', 'lint']);
// The build comes before the unit tests: one of them runs the bundled `gazette` command.
const built = step('build', ['run', '--silent', 'build']);
step('unit tests', [
  'run',
  '--silent',
  'test:unit',
  '--',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
step('electronegativity', ['run', '--silent', 'test:security']);
if (built) step('end-to-end tests', ['run', '--silent', 'test:e2e']);

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  return read(JSON.parse(readFileSync(file, 'utf8')));
}
const unit = counts(vitestReport, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const e2e = counts(e2eReport, (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }));

console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`,
);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
process.exit(failedSteps.length === 0 ? 0 : 1);
