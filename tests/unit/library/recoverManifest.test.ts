/**
 * Opening a library whose manifest and folders disagree (issue 14 item 2): recovery never deletes a folder that
 * holds an original the library does not keep elsewhere, and tells the person what it did.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/main/library/library';
import type { Library } from '../../../src/main/library/library';
import { fixturePath, importWorkerSource } from '../../helpers/fixtureFiles';

const workerPath = importWorkerSource;
const root = mkdtempSync(join(tmpdir(), 'gazette-recover-'));
/** A data folder holding the sample issue, and beside it the manifest as it was before a second import. */
const original = join(root, 'original');
const olderManifest = join(root, 'manifest-with-one-issue.json');
const variant = {
  name: 'variant.txt',
  bytes: Buffer.concat([readFileSync(fixturePath), Buffer.from('\n\n（副本）\n')]),
};
let copies = 0;

beforeAll(async () => {
  await openLibrary({ dataDir: original, workerPath }).importFiles([fixturePath]);
  copyFileSync(join(original, 'library', 'manifest.json'), olderManifest);
  await openLibrary({ dataDir: original, workerPath }).importFiles([variant]);
}, 60_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

interface Damaged {
  library: Library;
  notices: string[];
  libraryDir: string;
}

/** A copy of the two-issue data folder to damage, and a library opened on it that records its notices. */
function damaged(damage: (libraryDir: string, folders: string[]) => void): Damaged {
  const dataDir = join(root, `copy-${++copies}`);
  cpSync(original, dataDir, { recursive: true });
  const libraryDir = join(dataDir, 'library');
  const manifest = JSON.parse(readFileSync(join(libraryDir, 'manifest.json'), 'utf8')) as {
    issues: { folder: string }[];
  };
  damage(
    libraryDir,
    manifest.issues.map((issue) => join(libraryDir, issue.folder)),
  );
  const notices: string[] = [];
  const library = openLibrary({ dataDir, workerPath, notify: (message) => notices.push(message) });
  return { library, notices, libraryDir };
}

const folderCount = (libraryDir: string, sub: string): number =>
  existsSync(join(libraryDir, sub)) ? readdirSync(join(libraryDir, sub)).length : 0;

async function expectBothIssues(library: Library): Promise<void> {
  const issues = await library.listIssues();
  expect(issues.map((issue) => issue.number)).toEqual(['12/13', '12/13']);
  for (const issue of issues) expect(issue.documents.map((doc) => doc.docNumber)).toContain('济政办字〔2022〕25号');
  expect((await library.search('土壤普查')).total).toBe(2);
  const hit = (await library.search('济政发〔2022〕7号')).hits[0];
  expect((await library.getDocument(hit?.docId ?? '')).document.title).toBe('关于组织开展济南市第三次土壤普查的通知');
}

describe('a library whose manifest and folders disagree', () => {
  it('rebuilds a missing manifest from the issue folders, never taking it as an empty library', async () => {
    const { library, notices, libraryDir } = damaged((dir) => {
      unlinkSync(join(dir, 'manifest.json'));
    });
    await expectBothIssues(library);
    // An entry rebuilt from a folder is the entry the import made (one builder): only the time differs.
    const entries = (dir: string): unknown[] =>
      (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { issues: { importedAt?: string }[] }).issues
        .map(({ importedAt: _time, ...entry }) => entry)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(entries(libraryDir)).toEqual(entries(join(original, 'library')));
    expect(folderCount(libraryDir, 'issues')).toBe(2);
    expect(notices).toEqual([expect.stringContaining('已根据各期公报的文件夹重建：共 2 期')]);
  });

  it('sets an unreadable manifest aside under the one set-aside name, and rebuilds', async () => {
    const { library, notices, libraryDir } = damaged((dir) => {
      writeFileSync(join(dir, 'manifest.json'), '{"schemaVersion":1,"issues":[{"id":');
    });
    await expectBothIssues(library);
    const aside = readdirSync(libraryDir).find((name) => /^manifest\.json\.unreadable-[\dT-]+Z$/.test(name));
    expect(readFileSync(join(libraryDir, aside ?? 'none'), 'utf8')).toBe('{"schemaVersion":1,"issues":[{"id":');
    expect(notices).toEqual([expect.stringContaining(`无法读取，已另存为 ${join(libraryDir, aside ?? '')}`)]);
  });

  it('re-parses, from its original, an issue whose model is unreadable too — it was deleted before', async () => {
    const { library, notices, libraryDir } = damaged((dir, folders) => {
      writeFileSync(join(dir, 'manifest.json'), 'not json');
      writeFileSync(join(folders[1] ?? '', 'model.json'), '{"truncated":');
    });
    await expectBothIssues(library);
    expect(folderCount(libraryDir, 'issues')).toBe(2);
    // Once it is back in, the damaged copy goes: the library holds its original again.
    expect(folderCount(libraryDir, 'damaged')).toBe(0);
    expect(notices.join('\n')).toContain('已按其原文件重新解析，恢复到文库中');
  });

  it('moves a folder whose original cannot be parsed either to damaged/, whole, and says where', async () => {
    const junk = Buffer.alloc(4096, 0);
    let name = '';
    const { library, notices, libraryDir } = damaged((dir, folders) => {
      unlinkSync(join(dir, 'manifest.json'));
      const folder = folders[1] ?? '';
      name = folder.split('/').pop() ?? '';
      writeFileSync(join(folder, 'model.json'), '{"truncated":');
      writeFileSync(join(folder, 'original.txt'), junk);
    });
    expect(await library.listIssues()).toHaveLength(1);
    const kept = join(libraryDir, 'damaged', name);
    expect(readFileSync(join(kept, 'original.txt')).equals(junk)).toBe(true);
    expect(readFileSync(join(kept, 'model.json'), 'utf8')).toBe('{"truncated":');
    expect(notices.join('\n')).toContain(`已原样移至 ${kept}，原文件 original.txt 保存在其中`);
  });

  it('adds back the issues an older (valid) manifest does not name, instead of deleting them', async () => {
    const { library, notices, libraryDir } = damaged((dir) => {
      copyFileSync(olderManifest, join(dir, 'manifest.json'));
    });
    await expectBothIssues(library);
    expect(folderCount(libraryDir, 'issues')).toBe(2);
    expect(notices).toEqual([
      expect.stringContaining('文库清单中缺少 1 期公报（“variant.txt”），其文件完好，已重新加入文库'),
    ]);
    // The repair is written down: the next open has nothing to repair.
    const again: string[] = [];
    openLibrary({ dataDir: join(libraryDir, '..'), workerPath, notify: (message) => again.push(message) });
    expect(again).toEqual([]);
  });

  it('keeps one of two complete folders of the same issue (byte-identical originals)', async () => {
    const { library, libraryDir } = damaged((dir, folders) => {
      unlinkSync(join(dir, 'manifest.json'));
      cpSync(folders[0] ?? '', `${folders[0] ?? ''}copy`, { recursive: true });
    });
    await expectBothIssues(library);
    expect(folderCount(libraryDir, 'issues')).toBe(2);
  });

  it('drops an entry whose folder is gone, and says so', async () => {
    const { library, notices } = damaged((_dir, folders) => {
      rmSync(folders[1] ?? '', { recursive: true });
    });
    expect(await library.listIssues()).toHaveLength(1);
    expect(notices).toEqual([expect.stringContaining('文库清单中 1 期公报（“variant.txt”）的文件夹已不存在')]);
  });
});
