import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../src/main/appServices';
import { fixturePath, importWorkerSource, repoRoot } from '../../helpers/fixtureFiles';

const dataDir = mkdtempSync(join(tmpdir(), 'gazette-app-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const options = {
  dataDir,
  profile: 'tester',
  shell: 'web' as const,
  importWorker: importWorkerSource,
  sampleIssue: fixturePath,
};

describe('first launch', () => {
  it('imports the built-in sample into an empty data folder, once', async () => {
    const services = await createAppServices(options);
    const issues = await services.library.listIssues();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ gazette: '济南市人民政府公报', year: 2022, number: '12/13' });
    expect(issues[0]?.documents).toHaveLength(6);

    // Removing the sample is the user's choice: the next start does not bring it back.
    expect(await services.library.removeIssue(issues[0]?.id ?? '')).toBe(true);
    const restarted = await createAppServices(options);
    expect(await restarted.library.listIssues()).toEqual([]);
    expect(existsSync(join(dataDir, 'sample-imported'))).toBe(true);
  });

  it('ships the fixture issue as the sample', () => {
    const shipped = readFileSync(join(repoRoot, 'resources/sample/jinan-gazette-2022-12-13.txt'));
    expect(shipped.equals(readFileSync(fixturePath))).toBe(true);
  });
});
