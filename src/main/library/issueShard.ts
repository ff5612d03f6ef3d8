/** Reading an issue's folder: its canonical model, and its search shard (rebuilt from the model when outdated). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsedIssueSchema, type ParsedIssue } from '../../shared/model';
import { buildShard } from '../search/buildShard';
import { loadShardFile } from '../search/shardFile';
import { readShard, serializeShard, ShardFormatError, type LoadedShard } from '../search/shardFormat';
import { replaceFileAtomically } from './atomicFiles';
import { MODEL_FILE, SHARD_FILE } from './issueFiles';

/** What locates an issue's files: its id and its folder relative to the library root. */
export interface IssueLocation {
  id: string;
  folder: string;
}

export const readIssueModel = (root: string, folder: string): ParsedIssue =>
  parsedIssueSchema.parse(JSON.parse(readFileSync(join(root, folder, MODEL_FILE), 'utf8')));

/**
 * Loads an issue's shard, rebuilding it from the canonical model when it was written by another schema (a routine
 * upgrade) or is missing or damaged (a repair, told through `onRepaired` with the issue's model).
 */
export function loadIssueShard(
  root: string,
  issue: IssueLocation,
  onRepaired: (parsed: ParsedIssue) => void = () => undefined,
): LoadedShard {
  const path = join(root, issue.folder, SHARD_FILE);
  try {
    return loadShardFile(path);
  } catch (error) {
    if (!(error instanceof ShardFormatError) && existsSync(path)) throw error;
    const parsed = readIssueModel(root, issue.folder);
    const bytes = serializeShard(buildShard(issue.id, parsed));
    try {
      replaceFileAtomically(path, bytes);
    } catch {
      // A library that cannot be written (read-only) still searches the rebuilt shard; it is rebuilt on each open.
    }
    if (!(error instanceof ShardFormatError && error.outdated)) onRepaired(parsed);
    try {
      return loadShardFile(path);
    } catch {
      // Not written (read-only library): the rebuilt shard is searched from memory.
      return readShard(bytes);
    }
  }
}
