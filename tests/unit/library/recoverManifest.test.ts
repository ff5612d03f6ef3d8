import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/library';
import type { Library } from '../../../src/main/library/library';
import { fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';

const workerPath = importWorkerSource;
const root = mkdtempSync(join(tmpdir(), 'gazette-recover-'));
const original = join(root, 'original');
let copies = 0;

beforeAll(async () => {
  const library = openLibrary({ dataDir: original, workerPath });
  await library.importFiles([fixturePath]);
}, 60_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A copy of the imported data folder to damage, and a library opened on it that records its warnings. */
function damaged(damage: (libraryDir: string) => void): { library: Library; warnings: string[]; libraryDir: string } {
  const dataDir = join(root, `copy-${++copies}`);
  cpSync(original, dataDir, { recursive: true });
  const libraryDir = join(dataDir, 'library');
  damage(libraryDir);
  const warnings: string[] = [];
  const library = openLibrary({ dataDir, workerPath, warn: (message) => warnings.push(message) });
  return { library, warnings, libraryDir };
}

async function expectSampleStillThere(library: Library): Promise<void> {
  const issues = await library.listIssues();
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ gazette: '济南市人民政府公报', year: 2022, number: '12/13' });
  expect(issues[0]?.documents.map((doc) => doc.docNumber)).toContain('济政办字〔2022〕25号');
  const found = await library.search('土壤普查', { limit: 5 });
  expect(found.hits[0]?.docNumber).toBe('济政发〔2022〕7号');
}

describe('a damaged library manifest', () => {
  it('that is missing is rebuilt from the issue folders, never taken as an empty library', async () => {
    const { library, warnings, libraryDir } = damaged((dir) => {
      unlinkSync(join(dir, 'manifest.json'));
    });
    await expectSampleStillThere(library);
    expect(readdirSync(join(libraryDir, 'issues'))).toHaveLength(1);
    expect(warnings.join('\n')).toContain('已重建：1 期');
  });

  it('that is unreadable is set aside and rebuilt', async () => {
    const { library, warnings, libraryDir } = damaged((dir) => {
      writeFileSync(join(dir, 'manifest.json'), '{"schemaVersion":1,"issues":[{"id":');
    });
    await expectSampleStillThere(library);
    const aside = readdirSync(libraryDir).find((name) => name.startsWith('manifest.json.unreadable-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(libraryDir, aside ?? ''), 'utf8')).toBe('{"schemaVersion":1,"issues":[{"id":');
    expect(warnings[0]).toContain('无法读取');
  });

  it('ignores a folder without a readable model (an interrupted import) and removes it', async () => {
    const { library, libraryDir } = damaged((dir) => {
      unlinkSync(join(dir, 'manifest.json'));
      const half = join(dir, 'issues', 'deadbeefdeadbeef.half');
      cpSync(join(dir, 'issues', readdirSync(join(dir, 'issues'))[0] ?? ''), half, { recursive: true });
      writeFileSync(join(half, 'model.json'), '{"truncated":');
    });
    await expectSampleStillThere(library);
    expect(readdirSync(join(libraryDir, 'issues'))).toHaveLength(1);
  });
});
