/** `gazette import FILE|DIR... [--data DIR]`: progress on stderr, a summary at the end, non-zero if any file failed. */
import { readdirSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { isImportable } from '../../shared/importableFiles';
import { decodeFileName } from '../gazette/decodeText';
import type { ImportInput } from '../library/importTypes';
import type { CliCommand } from './command';
import { openCliLibrary, positionals } from './libraryArgs';

/**
 * A path as raw bytes, as an import input: the plain string when it is UTF-8, else the bytes themselves with a
 * GB18030 reading of them for people (a GBK name from a Windows archive cannot round-trip through a JS string).
 */
function asInput(path: Buffer): ImportInput {
  const name = decodeFileName(path);
  return Buffer.from(name).equals(path) ? name : { name, path };
}

/** Files named on the command line, and the importable files inside named folders (recursively, sorted). */
export function expand(path: Buffer): ImportInput[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [asInput(path)];
  return readdirSync(path, { withFileTypes: true, encoding: 'buffer' })
    .map((entry) => ({ entry, name: decodeFileName(entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(({ entry, name }) => {
      const child = Buffer.concat([path, Buffer.from(sep), entry.name]);
      if (entry.isDirectory()) return expand(child);
      return isImportable(name) ? [asInput(child)] : [];
    });
}

const statusWords = { imported: '已导入', updated: '已更新', unchanged: '未变化', failed: '失败' } as const;

export const importCommand: CliCommand = {
  usage: 'FILE|DIR... [--data DIR]',
  summary: '把公报文件导入文库（同一文件不会重复导入）',
  async run(args) {
    const files = positionals(args).flatMap((path) => expand(Buffer.from(path)));
    if (files.length === 0) {
      process.stderr.write('请指定要导入的文件或文件夹。\n');
      return 2;
    }
    const library = openCliLibrary(args);
    const controller = new AbortController();
    process.once('SIGINT', () => {
      controller.abort();
    });
    const summary = await library.importFiles(files, {
      signal: controller.signal,
      onProgress: (p) => {
        const doc = p.document ? ` ${p.document.index + 1}/${p.document.count}` : '';
        process.stderr.write(`[${p.percent.toFixed(0).padStart(3)}%] ${p.phase}${doc} ${p.file}\n`);
      },
    });
    for (const result of summary.results) {
      const detail = result.error ? `：${result.error.message}` : result.issueId ? ` (${result.issueId})` : '';
      process.stderr.write(`${statusWords[result.status]} ${result.file}${detail}\n`);
    }
    const count = (status: keyof typeof statusWords): number =>
      summary.results.filter((result) => result.status === status).length;
    process.stderr.write(
      `共 ${files.length} 个文件：导入 ${count('imported')}，更新 ${count('updated')}，未变化 ${count('unchanged')}，失败 ${count('failed')}${summary.cancelled ? '（已取消）' : ''}\n`,
    );
    return count('failed') > 0 || summary.cancelled ? 1 : 0;
  },
};
