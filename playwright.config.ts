import { defineConfig } from '@playwright/test';
import { electronBinaryPath } from './scripts/electronBinary.mjs';

/**
 * Which shell a spec needs is said once, here, by tag. Where the Electron binary is installed the suite drives it,
 * and specs tagged `@web-host` (they use Chromium's page.pdf() or the web host's HTTP transport, which Electron's
 * IPC window does not have) are left out; elsewhere the suite drives the web host, and `@electron` specs (checks
 * of the Electron shell itself) are left out.
 */
const leftOut = electronBinaryPath() === null ? /@electron\b/u : /@web-host\b/u;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores: one Chromium (or Electron) plus its web host at a time keeps timings honest.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  grepInvert: leftOut,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
});
