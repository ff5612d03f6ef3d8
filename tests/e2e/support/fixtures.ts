import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { GazetteApp } from './gazetteApp';

export { expect };

/** Each test gets its own data folder and app; a request that leaves the app fails the test. */
export const test = base.extend<{ dataDir: string; app: GazetteApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use) => {
    const app = await GazetteApp.launch({ dataDir });
    await use(app);
    await app.close();
    expect(app.foreignRequests, 'requests that left the app').toEqual([]);
  },
});
