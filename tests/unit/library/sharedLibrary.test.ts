/** Two processes on one library: the app and the `gazette` command share the data folder by design. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/library';
import { withLibraryLock } from '../../../src/main/library/libraryLock';
import { corpusPath, fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const workerPath = importWorkerSource;
const dataDir = tempDirs('gazette-shared-');

describe('a library shared by several processes', () => {
  it('sees what another opener committed, and neither loses the other’s issues', async () => {
    const dir = dataDir();
    const app = openLibrary({ dataDir: dir, workerPath });
    const command = openLibrary({ dataDir: dir, workerPath });
    await command.importFiles([fixturePath]);
    // The app learns of the command's import without restarting…
    expect((await app.listIssues()).map((issue) => issue.number)).toEqual(['12/13']);
    expect((await app.search('土壤普查')).total).toBe(1);
    // …and its own import keeps the command's issue in the manifest.
    await app.importFiles([corpusPath('govcn_guofa-2019-5_shuangsuiji.page.html')]);
    const reopened = openLibrary({ dataDir: dir, workerPath });
    expect((await reopened.listIssues()).length).toBe(2);
    expect(readdirSync(join(dir, 'library', 'issues'))).toHaveLength(2);
    // A removal in one is seen by the other.
    const removed = (await reopened.listIssues()).find((issue) => issue.number === '12/13');
    expect(await command.removeIssue(removed?.id ?? '')).toBe(true);
    expect((await app.search('土壤普查')).total).toBe(0);
  }, 60_000);

  it('leaves another live process’s staging alone and removes a dead one’s', () => {
    const dir = dataDir();
    const staging = join(dir, 'library', 'staging');
    mkdirSync(join(staging, `${process.pid}-live`), { recursive: true });
    mkdirSync(join(staging, '999999999-dead'), { recursive: true });
    openLibrary({ dataDir: dir, workerPath });
    expect(readdirSync(staging)).toEqual([`${process.pid}-live`]);
  });

  it('takes over a lock whose owner died and releases it afterwards', () => {
    const root = join(dataDir(), 'library');
    mkdirSync(join(root, '.lock'), { recursive: true });
    writeFileSync(join(root, '.lock', 'owner'), '999999999');
    const order: string[] = [];
    withLibraryLock(root, () => {
      order.push('outer');
    });
    expect(order).toEqual(['outer']);
    expect(readdirSync(root)).toEqual([]);
  });
});
