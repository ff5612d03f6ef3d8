/**
 * The on-disk library under `<dataDir>/library/`:
 *
 *   manifest.json                 the issues that are in (the commit point, see manifest.ts)
 *   issues/<issueId>.<stamp>/     original.<ext>, model.json (canonical model), index.gzs (search shard)
 *   staging/<job>/<uuid>/         issues being prepared by an import worker
 *
 * Committing an import renames the finished staging folder into `issues/` and then replaces the manifest; a kill
 * at any point leaves the issue fully in or not in at all, and opening the library deletes whatever the manifest
 * does not name. Re-importing a file after a parser upgrade commits a new folder for the same issue id (a content
 * hash), so document ids stay the same.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IssueSummary, OpenedDocument, SearchResponse } from '../../shared/api';
import type { ParsedIssue } from '../../shared/model';
import { ServiceError, toApiError } from '../apiErrors';
import { defaultWorkerLimits, isWorkerOutOfMemory, watchMemory, workerResourceLimits } from '../workerLimits';
import type { WorkerLimits } from '../workerLimits';
import { GazetteImportError } from '../gazette/errors';
import { globalDocId } from '../search/documentSummary';
import type { SearchOptions } from '../search/searchIndex';
import { syncDirectory } from './atomicFiles';
import type {
  ImportFileResult,
  ImportInput,
  ImportProgress,
  ImportSummary,
  PreparedIssue,
  WorkerJob,
  WorkerMessage,
} from './importTypes';
import { inputName } from './importTypes';
import { readIssueModel } from './issueShard';
import { readManifest, writeManifest, type IssueEntry, type Manifest } from './manifest';
import { isProcessAlive, withLibraryLock } from './libraryLock';
import { openManifest } from './recoverManifest';
import { issueName } from './libraryNotices';
import { startSearchHost } from './searchHost';

export interface LibraryOptions {
  dataDir: string;
  /**
   * The import worker's script. Defaults to `importWorker.js` beside this module's bundle (electron-vite builds it
   * as its own entry), or `importWorker.ts` run through tsx when this module itself runs from source.
   */
  workerPath?: string | URL;
  /** The search worker's script, found the same way (`searchWorker.js` or `searchWorker.ts`). */
  searchWorkerPath?: string | URL;
  /** Node options for both workers; defaults to `--import tsx` for a `.ts` worker. */
  workerExecArgv?: string[];
  /**
   * Told when the library had to repair itself (a lost or unreadable manifest) or could not index an issue (it is
   * then left out of search results); defaults to console.warn.
   */
  warn?: (message: string) => void;
  /** Memory for the import worker, which parses untrusted files (the defaults are the PDF extractor's). */
  workerLimits?: WorkerLimits;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface Library {
  listIssues(): Promise<IssueSummary[]>;
  getDocument(docId: string): Promise<OpenedDocument>;
  removeIssue(issueId: string): Promise<boolean>;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  importFiles(inputs: readonly ImportInput[], options?: ImportOptions): Promise<ImportSummary>;
}

/** A worker entry beside this module: its bundle when built, its source when this module runs from source. */
function defaultWorkerPath(name: 'importWorker' | 'searchWorker'): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, here);
}

const execArgvFor = (options: LibraryOptions, workerPath: string | URL): string[] =>
  options.workerExecArgv ?? (String(workerPath).endsWith('.ts') ? ['--import', 'tsx'] : []);

const toSummary = (entry: IssueEntry): IssueSummary => ({
  id: entry.id,
  gazette: entry.gazette,
  year: entry.year,
  number: entry.number,
  fileName: entry.fileName,
  importedAt: entry.importedAt,
  documents: entry.documents,
});

function fileStamp(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : 'none';
}

export function openLibrary(options: LibraryOptions): Library {
  const root = join(options.dataDir, 'library');
  const issuesDir = join(root, 'issues');
  const stagingDir = join(root, 'staging');
  const manifestPath = join(root, 'manifest.json');
  mkdirSync(issuesDir, { recursive: true });

  let lastModel: { folder: string; parsed: ParsedIssue } | null = null;
  let manifest: Manifest = withLibraryLock(root, () => {
    const opened = openManifest(root, options.warn ?? console.warn);
    // Leftovers of interrupted imports and removals: staging folders of processes that are gone, and issue
    // folders the manifest does not name (under the lock, no other process is between rename and manifest write).
    for (const name of existsSync(stagingDir) ? readdirSync(stagingDir) : []) {
      if (!isProcessAlive(Number.parseInt(name, 10))) rmSync(join(stagingDir, name), { recursive: true, force: true });
    }
    const named = new Set(opened.issues.map((entry) => entry.folder));
    for (const folder of readdirSync(issuesDir)) {
      if (!named.has(`issues/${folder}`)) rmSync(join(issuesDir, folder), { recursive: true, force: true });
    }
    return opened;
  });
  let manifestStamp = fileStamp(manifestPath);
  const searchWorkerPath = options.searchWorkerPath ?? defaultWorkerPath('searchWorker');
  // Loads the shards in the background: opening returns at once, and searches wait for the index.
  const searchHost = startSearchHost({
    root,
    workerPath: searchWorkerPath,
    execArgv: execArgvFor(options, searchWorkerPath),
    warn: options.warn ?? console.warn,
  });
  searchHost.load(manifest.issues);

  /**
   * Picks up what other processes sharing this library committed (the `gazette` command while the app runs):
   * the manifest is replaced atomically, so a new inode or mtime means a new version.
   */
  function refresh(): void {
    const stamp = fileStamp(manifestPath);
    if (stamp === manifestStamp) return;
    const fresh = readManifest(manifestPath);
    const before = new Map(manifest.issues.map((entry) => [entry.id, entry.folder]));
    manifest = fresh;
    manifestStamp = stamp;
    searchHost.load(fresh.issues.filter((entry) => before.get(entry.id) !== entry.folder));
    searchHost.remove([...before.keys()].filter((id) => !fresh.issues.some((entry) => entry.id === id)));
  }

  /** Changes the manifest under the library lock, starting from the version on disk. */
  function updateManifest(change: (current: Manifest) => Manifest): void {
    withLibraryLock(root, () => {
      refresh();
      manifest = change(manifest);
      writeManifest(manifestPath, manifest);
      manifestStamp = fileStamp(manifestPath);
    });
  }

  function readModel(entry: IssueEntry): ParsedIssue {
    if (lastModel?.folder === entry.folder) return lastModel.parsed;
    const parsed = readIssueModel(root, entry.folder);
    lastModel = { folder: entry.folder, parsed };
    return parsed;
  }

  /**
   * A model that cannot be read (a damaged disk, a stray edit) is named to the person with the way out: importing
   * the same file again, which then re-parses it instead of skipping it as already in.
   */
  const damaged = new Set<string>();
  function readModelOrSayDamaged(entry: IssueEntry): ParsedIssue {
    try {
      return readModel(entry);
    } catch {
      damaged.add(entry.sha256);
      throw new ServiceError(
        'damaged-issue',
        `“${issueName(entry)}”的数据已损坏，无法打开。请点“重新导入”，选择原文件“${entry.fileName}”再导入一次；你的阅读位置会保留。`,
      );
    }
  }

  function commit(prepared: PreparedIssue): ImportFileResult {
    let previous: IssueEntry | undefined;
    const entry: IssueEntry = {
      id: prepared.issueId,
      sha256: prepared.sha256,
      fileName: prepared.fileName,
      importedAt: new Date().toISOString(),
      parserVersion: prepared.parserVersion,
      folder: `issues/${prepared.issueId}.${Date.now().toString(36)}${randomUUID().slice(0, 4)}`,
      original: prepared.original,
      gazette: prepared.gazette,
      year: prepared.year,
      number: prepared.number,
      documents: prepared.documents,
    };
    updateManifest((current) => {
      previous = current.issues.find((other) => other.id === prepared.issueId);
      renameSync(prepared.stagingFolder, join(root, entry.folder));
      syncDirectory(issuesDir);
      return { ...current, issues: [...current.issues.filter((other) => other.id !== prepared.issueId), entry] };
    });
    // Told before the old folder goes, and in order with later searches, which therefore see the new version.
    searchHost.load([entry]);
    if (previous) rmSync(join(root, previous.folder), { recursive: true, force: true });
    return {
      file: prepared.file,
      status: previous ? 'updated' : 'imported',
      issueId: entry.id,
      documents: entry.documents.length,
    };
  }

  function findDocument(docId: string): IssueEntry {
    const entry = manifest.issues.find((issue) => issue.documents.some((doc) => doc.id === docId));
    if (!entry) throw new ServiceError('not-found', '找不到该文件，它可能已从文库中移除。');
    return entry;
  }

  function runWorker(inputs: readonly ImportInput[], run: ImportOptions): Promise<ImportSummary> {
    const job: WorkerJob = {
      // Named by pid, so opening the library elsewhere removes only the staging of processes that are gone.
      stagingRoot: join(stagingDir, `${process.pid}-${randomUUID()}`),
      inputs: [...inputs],
      known: Object.fromEntries(
        manifest.issues
          .filter((entry) => !damaged.has(entry.sha256))
          .map((entry) => [entry.sha256, entry.parserVersion]),
      ),
    };
    const results = new Array<ImportFileResult | undefined>(inputs.length);
    const summarise = (cancelled: boolean, error: ImportFileResult['error']): ImportSummary => ({
      results: inputs.map((input, i) => results[i] ?? { file: inputName(input), status: 'failed', error }),
      cancelled,
    });
    const cancelledError = { code: 'cancelled', message: '导入已取消。' };
    const outOfMemoryError = toApiError(new GazetteImportError('out-of-memory'));
    const notTriedError = {
      code: 'not-tried',
      message: '未导入：导入在处理前一个文件时因内存超限而停止。请把这个文件单独再导入一次。',
    };
    if (run.signal?.aborted) return Promise.resolve(summarise(true, cancelledError));

    const workerPath = options.workerPath ?? defaultWorkerPath('importWorker');
    const limits = options.workerLimits ?? defaultWorkerLimits;
    return new Promise((resolve) => {
      const worker = new Worker(workerPath, {
        workerData: job,
        execArgv: execArgvFor(options, workerPath),
        resourceLimits: workerResourceLimits(limits),
      });
      let settled = false;
      let fileIndex = 0;
      const finish = (cancelled: boolean, error: ImportFileResult['error']): void => {
        if (settled) return;
        settled = true;
        stopWatching();
        run.signal?.removeEventListener('abort', onAbort);
        rmSync(job.stagingRoot, { recursive: true, force: true });
        resolve(summarise(cancelled, error));
      };
      const onAbort = (): void => {
        void worker.terminate().then(() => {
          finish(true, cancelledError);
        });
      };
      /** The file being parsed used too much memory: it fails with that reason, the files after it are not tried. */
      const outOfMemory = (): void => {
        void worker.terminate();
        results[fileIndex] ??= { file: inputName(inputs[fileIndex] ?? ''), status: 'failed', error: outOfMemoryError };
        finish(false, notTriedError);
      };
      const stopWatching = watchMemory(limits, outOfMemory);
      run.signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        if (message.type === 'progress') {
          fileIndex = message.progress.fileIndex;
          run.onProgress?.(message.progress);
        } else if (message.type === 'result') results[message.fileIndex] = message.result;
        else if (message.type === 'prepared') results[message.fileIndex] = commitOrFail(message.issue);
        else {
          void worker.terminate();
          finish(false, undefined);
        }
      });
      worker.on('error', (error: Error) => {
        if (isWorkerOutOfMemory(error)) outOfMemory();
        else finish(false, toApiError(error));
      });
      worker.on('exit', () => {
        if (run.signal?.aborted) finish(true, cancelledError);
        else finish(false, { code: 'worker-exited', message: '导入进程意外退出，文库未受影响。请重新导入这些文件。' });
      });
    });
  }

  function commitOrFail(prepared: PreparedIssue): ImportFileResult {
    try {
      return commit(prepared);
    } catch (error) {
      return { file: prepared.file, status: 'failed', error: toApiError(error) };
    }
  }

  return {
    listIssues() {
      refresh();
      return Promise.resolve(manifest.issues.map(toSummary));
    },
    getDocument(docId) {
      try {
        refresh();
        const entry = findDocument(docId);
        const parsed = readModelOrSayDamaged(entry);
        const document = parsed.documents.find((doc) => globalDocId(entry.id, doc.id) === docId);
        if (!document) throw new ServiceError('not-found', '找不到该文件，它可能已从文库中移除。');
        return Promise.resolve({
          issue: { ...parsed.issue, id: entry.id, fileName: entry.fileName },
          document: { ...document, id: docId },
        });
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    removeIssue(issueId) {
      let entry: IssueEntry | undefined;
      updateManifest((current) => {
        entry = current.issues.find((issue) => issue.id === issueId);
        return { ...current, issues: current.issues.filter((issue) => issue.id !== issueId) };
      });
      if (!entry) return Promise.resolve(false);
      searchHost.remove([issueId]);
      rmSync(join(root, entry.folder), { recursive: true, force: true });
      if (lastModel?.folder === entry.folder) lastModel = null;
      return Promise.resolve(true);
    },
    search(query, searchOptions) {
      refresh();
      return searchHost.search(query, searchOptions);
    },
    importFiles: (inputs, importOptions = {}) =>
      inputs.length === 0 ? Promise.resolve({ results: [], cancelled: false }) : runWorker(inputs, importOptions),
  };
}
