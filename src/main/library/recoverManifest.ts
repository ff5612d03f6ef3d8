/**
 * The manifest is the commit point, and opening the library deletes issue folders it does not name. So a
 * manifest that is missing while issue folders exist, or one that cannot be read, must never be taken as
 * "empty": that would delete the person's whole library. Instead the manifest is rebuilt from the folders —
 * each holds the canonical model, which carries everything the manifest lists — and an unreadable manifest is
 * set aside for inspection.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parsedIssueSchema } from '../../shared/model';
import { issueIdFromHash, MODEL_FILE } from './issueFiles';
import { summarizeDocument } from '../search/documentSummary';
import { LIBRARY_SCHEMA_VERSION, LibraryFormatError, readManifest, writeManifest } from './manifest';
import type { IssueEntry, Manifest } from './manifest';

function entryFromFolder(root: string, folder: string): IssueEntry | null {
  const dir = join(root, folder);
  try {
    const parsed = parsedIssueSchema.parse(JSON.parse(readFileSync(join(dir, MODEL_FILE), 'utf8')));
    const original = readdirSync(dir).find((name) => name.startsWith('original'));
    if (!original) return null;
    const id = issueIdFromHash(parsed.source.sha256);
    return {
      id,
      sha256: parsed.source.sha256,
      fileName: parsed.source.fileName,
      importedAt: statSync(dir).mtime.toISOString(),
      parserVersion: parsed.parserVersion,
      folder,
      original,
      gazette: parsed.issue.gazette,
      year: parsed.issue.year,
      number: parsed.issue.number,
      documents: parsed.documents.map((doc) => summarizeDocument(id, doc)),
    };
  } catch {
    // A folder without a readable model is an interrupted import; the normal clean-up removes it.
    return null;
  }
}

/** Rebuilds the manifest from `issues/`, keeping the newest folder of each issue. */
export function rebuildManifest(root: string): Manifest {
  const issuesDir = join(root, 'issues');
  const newest = new Map<string, IssueEntry>();
  for (const name of existsSync(issuesDir) ? readdirSync(issuesDir) : []) {
    const entry = entryFromFolder(root, `issues/${name}`);
    const seen = entry && newest.get(entry.id);
    if (entry && (!seen || seen.importedAt < entry.importedAt)) newest.set(entry.id, entry);
  }
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, issues: [...newest.values()] };
}

/** Reads the manifest, or rebuilds it (and says so through `warn`) when it is missing or unreadable. */
export function openManifest(root: string, warn: (message: string) => void): Manifest {
  const path = join(root, 'manifest.json');
  const issuesDir = join(root, 'issues');
  const hasIssueFolders = existsSync(issuesDir) && readdirSync(issuesDir).length > 0;
  try {
    if (existsSync(path) || !hasIssueFolders) return readManifest(path);
  } catch (error) {
    if (!(error instanceof LibraryFormatError)) throw error;
    const aside = `${path}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(path, aside);
    warn(`文库清单无法读取，已另存为 ${aside}，正在根据各期文件重建。`);
  }
  const manifest = rebuildManifest(root);
  writeManifest(path, manifest);
  warn(`文库清单已重建：${manifest.issues.length} 期公报。`);
  return manifest;
}
