/** What the library repaired reaches the person through the API's takeNotices, each notice once. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../src/main/appServices';
import { fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

const tempDir = tempDirs('gazette-notices-');

describe('library repair notices', () => {
  it('are told through takeNotices, in plain Chinese, with where the old file went', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'library'), { recursive: true });
    writeFileSync(join(dataDir, 'library', 'manifest.json'), '{"schemaVersion":1,');
    const services = await createAppServices({
      dataDir,
      profile: 'tester',
      shell: 'web',
      importWorker: importWorkerSource,
      sampleIssue: fixturePath,
    });
    const messages = services.takeNotices().map((notice) => notice.message);
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(`^文库清单无法读取，已另存为 ${join(dataDir, 'library', 'manifest.json.unreadable-')}.+，并根据`),
      ),
    ]);
    expect(services.takeNotices()).toEqual([]);
  }, 30_000);
});
