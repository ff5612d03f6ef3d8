/**
 * Repairs are told in the window, once: a person whose settings file could not be read learns that it was set
 * aside and where it is, and is not told again after a reload. And the page loads without CSP violations.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { GazetteApp } from './support/gazetteApp';

test('an unreadable settings file is set aside and the window says so once, naming the kept file', async ({
  dataDir,
}) => {
  const profileDir = join(dataDir, 'profiles', 'tester');
  mkdirSync(profileDir, { recursive: true });
  writeFileSync(join(profileDir, 'reader.json'), '{"schemaVersion": 1, "settings": {');
  const app = await GazetteApp.launch({ dataDir, profile: 'tester' });
  try {
    await app.waitUntilReady();
    const kept = readdirSync(profileDir).find((name) => name.startsWith('reader.json.unreadable-'));
    expect(kept).toBeDefined();
    const region = app.page.getByRole('status', { name: '提示' });
    await expect(region).toContainText('个人设置文件无法读取');
    await expect(region).toContainText(join(profileDir, kept ?? ''));

    await app.page.reload();
    await app.waitUntilReady();
    // Main has answered (the region is no longer busy), and had nothing more to tell.
    const after = app.page.getByRole('status', { name: '提示' });
    await expect(after).toHaveAttribute('aria-busy', 'false');
    await expect(after).toBeEmpty();
  } finally {
    await app.close();
  }
});

test('a notice can be dismissed', async ({ dataDir }) => {
  const profileDir = join(dataDir, 'profiles', 'tester');
  mkdirSync(profileDir, { recursive: true });
  writeFileSync(join(profileDir, 'reader.json'), 'not json');
  const app = await GazetteApp.launch({ dataDir, profile: 'tester' });
  try {
    await app.waitUntilReady();
    const region = app.page.getByRole('status', { name: '提示' });
    await expect(region).toContainText('个人设置文件无法读取');
    await region.getByRole('button', { name: '知道了' }).click();
    await expect(region).toBeEmpty();
  } finally {
    await app.close();
  }
});

test('the page loads without a single CSP violation (zod does not probe for eval)', async ({ app }) => {
  await app.page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
  });
  await app.page.reload();
  await app.waitForLibrary();
  const violations = await app.page.evaluate(
    () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
  );
  expect(violations).toEqual([]);
});
