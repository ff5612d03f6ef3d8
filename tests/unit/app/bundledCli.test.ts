/**
 * The built `gazette` command, run as a user runs it: pins that the bundle finds its worker entries
 * (importWorker.js, pdfWorker.js) from wherever the calling code was bundled. Needs `npm run build` first,
 * which `npm test` runs before the unit tests.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPath, fixturePath, repoRoot } from '../../helpers/fixtureFiles';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'gazette-cli-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const gazette = (...args: string[]): Promise<{ stdout: string; stderr: string }> =>
  run(process.execPath, [join(repoRoot, 'bin', 'gazette.js'), ...args, '--data', dataDir], { cwd: repoRoot });

describe('the bundled gazette command', () => {
  it('imports text and PDF through the bundled workers, then lists and searches them', async () => {
    const imported = await gazette('import', fixturePath, corpusPath('nhc_2023_zhenliao-v10.pdf'));
    expect(imported.stderr).toContain('导入 2');
    const list = JSON.parse((await gazette('list', '--json')).stdout) as { documents: { title: string }[] }[];
    expect(list.flatMap((issue) => issue.documents.map((doc) => doc.title))).toEqual(
      expect.arrayContaining(['关于组织开展济南市第三次土壤普查的通知', '新型冠状病毒感染诊疗方案（试行第十版）']),
    );
    const found = JSON.parse((await gazette('search', '济政办字[2022]25号', '--json')).stdout) as {
      total: number;
      hits: { docNumber: string }[];
    };
    expect(found.total).toBe(1);
    expect(found.hits[0]?.docNumber).toBe('济政办字〔2022〕25号');
  }, 120_000);
});
