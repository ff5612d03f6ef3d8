/**
 * The worker's part of an import: read, hash, parse, index, and write the issue's folder into a staging folder.
 * It never touches the library itself; the library commits the staging folder (`commit` in library.ts).
 */
import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { PARSER_VERSION, parseIssueBuffer, readIssueFile } from '../gazette/index';
import { sha256Hex } from '../gazette/ids';
import { buildShard } from '../search/buildShard';
import { serializeShard } from '../search/shardFormat';
import { makeFolders, syncDirectory, writeFileDurably } from './atomicFiles';
import type { ImportFileResult, ImportInput, ImportProgress, PreparedIssue } from './importTypes';
import { issueIdFromHash, MODEL_FILE, originalFileName, SHARD_FILE } from './issueFiles';
import { issueContent } from './manifest';

export interface PrepareContext {
  stagingRoot: string;
  known: Record<string, number>;
  fileIndex: number;
  fileCount: number;
  onProgress(progress: ImportProgress): void;
}

const percentOf = (context: PrepareContext, fraction: number): number =>
  Math.round(((context.fileIndex + fraction) / context.fileCount) * 1000) / 10;

export async function prepareIssue(
  input: ImportInput,
  context: PrepareContext,
): Promise<{ prepared: PreparedIssue } | { result: ImportFileResult }> {
  const file = typeof input === 'string' ? input : input.name;
  const report = (phase: ImportProgress['phase'], fraction: number, document?: ImportProgress['document']): void => {
    context.onProgress({
      file,
      fileIndex: context.fileIndex,
      fileCount: context.fileCount,
      phase,
      percent: percentOf(context, fraction),
      ...(document ? { document } : {}),
    });
  };

  report('reading', 0);
  const bytes =
    typeof input === 'string'
      ? await readIssueFile(input)
      : 'bytes' in input
        ? input.bytes
        : await readIssueFile(input.path);
  const fileName = basename(file);
  // Hashed once: the parser is handed the hash instead of hashing the same bytes again.
  const sha256 = sha256Hex(bytes);
  const issueId = issueIdFromHash(sha256);
  if (context.known[sha256] === PARSER_VERSION) {
    return { result: { file, status: 'unchanged', issueId } };
  }

  report('parsing', 0.1);
  const parsed = await parseIssueBuffer(bytes, fileName, { sha256 });
  report('indexing', 0.6);
  const shard = buildShard(issueId, parsed, ({ documentIndex, documentCount, title }) => {
    report('indexing', 0.6 + (0.3 * documentIndex) / Math.max(1, documentCount), {
      title,
      index: documentIndex,
      count: documentCount,
    });
  });

  const stagingFolder = join(context.stagingRoot, randomUUID());
  makeFolders(stagingFolder);
  const original = originalFileName(fileName);
  writeFileDurably(join(stagingFolder, original), bytes);
  writeFileDurably(join(stagingFolder, MODEL_FILE), JSON.stringify(parsed));
  writeFileDurably(join(stagingFolder, SHARD_FILE), serializeShard(shard));
  syncDirectory(stagingFolder);
  report('committing', 0.95);

  return { prepared: { file, stagingFolder, content: issueContent(parsed, original) } };
}
