/**
 * The worker's part of an import: read, hash, parse, index, and write the issue's folder into a staging folder.
 * It never touches the library itself; the library commits the staging folder (commitIssue.ts).
 */
import { createHash, randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { PARSER_VERSION, parseIssueBuffer, readIssueFile } from '../gazette/index';
import { buildShard } from '../search/buildShard';
import { serializeShard } from '../search/shardFormat';
import { makeFolders, syncDirectory, writeFileDurably } from './atomicFiles';
import type { ImportFileResult, ImportInput, ImportProgress, PreparedIssue } from './importTypes';
import { issueIdFromHash, MODEL_FILE, originalFileName, SHARD_FILE } from './issueFiles';
import { summarizeDocument } from '../search/documentSummary';

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
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const issueId = issueIdFromHash(sha256);
  if (context.known[sha256] === PARSER_VERSION) {
    return { result: { file, status: 'unchanged', issueId } };
  }

  report('parsing', 0.1);
  const parsed = await parseIssueBuffer(bytes, fileName);
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

  return {
    prepared: {
      file,
      stagingFolder,
      issueId,
      sha256,
      fileName,
      original,
      parserVersion: parsed.parserVersion,
      gazette: parsed.issue.gazette,
      year: parsed.issue.year,
      number: parsed.issue.number,
      documents: parsed.documents.map((doc) => summarizeDocument(issueId, doc)),
    },
  };
}
