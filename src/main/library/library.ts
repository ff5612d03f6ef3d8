/**
 * The on-disk library under `<dataDir>/library/`:
 *
 *   manifest.json                 the issues that are in (the commit point, see manifest.ts)
 *   issues/<issueId>.<stamp>/     original.<ext>, model.json (canonical model), index.gzs (search shard)
 *   staging/<pid>-<uuid>/         issues being prepared by an import worker, and folders on their way out
 *   damaged/<folder>/             issue folders that could not be read, kept whole for the person (recoverManifest.ts)
 *
 * Committing an import renames the finished staging folder into `issues/` and then replaces the manifest; in memory
 * the manifest changes only once that write succeeded, and a failed write moves the folder back, so memory and
 * disk agree and a kill at any point leaves the issue fully in or not in at all. Opening the library reconciles
 * the manifest with the folders (recoverManifest.ts). Re-importing a file after a parser upgrade commits a new
 * folder for the same issue id (a content hash), so document ids stay the same.
 *
 * A library that cannot be written (a read-only folder or medium) opens read-only: it lists, opens and searches,
 * and refuses imports and removals with a `read-only` error.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IssueSummary, OpenedDocument, SearchResponse } from '../../shared/api';
import type { ParsedIssue } from '../../shared/model';
import { ServiceError, toApiError } from '../apiErrors';
import { defaultWorkerLimits, isWorkerOutOfMemory, watchMemory, workerResourceLimits } from '../workerLimits';
import type { WorkerLimits } from '../workerLimits';
import { GazetteImportError } from '../gazette/errors';
import { globalDocId } from './documentIds';
import type { SearchOptions } from '../search/searchIndex';
import { syncDirectory, temporaryWriter } from './atomicFiles';
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
import { withLibraryLock } from './libraryLock';
import { isProcessAlive } from './processAlive';
import { MANIFEST_FILE, readManifestReadOnly, reconcileManifest, type Reparse } from './recoverManifest';
import { issueLabel } from '../../shared/issueLabel';
import { startSearchHost } from './searchHost';
import { MERGED_POSTINGS_FILE } from './searchTypes';

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
   * Told, in plain Chinese for the person, what the library repaired or cannot do — what happened, what was kept
   * and where an old file went, that it opened read-only, or that an issue could not be indexed (it is then left
   * out of search results); defaults to console.warn.
   */
  notify?: (message: string) => void;
  /** Memory for the import worker, which parses untrusted files (the defaults are the PDF extractor's). */
  workerLimits?: WorkerLimits;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export interface Library {
  /** The library's folder cannot be written: imports and removals are refused. */
  readonly readOnly: boolean;
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

/** Errors that say the library's folder cannot be written, as opposed to a fault worth reporting as one. */
const isReadOnlyError = (error: unknown): boolean =>
  ['EROFS', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');

const READ_ONLY_ERROR = '文库所在的文件夹是只读的，不能导入或移除公报。';

/** Named by pid, so opening the library elsewhere removes only the staging of processes that are gone. */
const ownStagingName = (): string => `${process.pid}-${randomUUID()}`;

export function openLibrary(options: LibraryOptions): Library {
  const root = join(options.dataDir, 'library');
  const issuesDir = join(root, 'issues');
  const stagingDir = join(root, 'staging');
  const manifestPath = join(root, MANIFEST_FILE);
  const notify = options.notify ?? console.warn;

  /** Leftovers of processes that are gone: their staging folders and the temporaries of the manifest and postings. */
  function removeLeftovers(): void {
    for (const name of existsSync(stagingDir) ? readdirSync(stagingDir) : []) {
      if (!isProcessAlive(Number.parseInt(name, 10))) rmSync(join(stagingDir, name), { recursive: true, force: true });
    }
    for (const name of readdirSync(root)) {
      const writer = temporaryWriter(manifestPath, name) ?? temporaryWriter(join(root, MERGED_POSTINGS_FILE), name);
      if (writer === null || isProcessAlive(writer)) continue;
      try {
        unlinkSync(join(root, name));
      } catch {
        // Not a file (unlink leaves directories alone): not ours to remove.
      }
    }
  }

  let opened: { manifest: Manifest; reparse: Reparse[]; readOnly: boolean };
  try {
    mkdirSync(issuesDir, { recursive: true });
    opened = withLibraryLock(root, () => {
      removeLeftovers();
      return { ...reconcileManifest(root, notify), readOnly: false };
    });
  } catch (error) {
    if (!isReadOnlyError(error)) throw error;
    // Reading needs no lock: nothing here changes what another process sees.
    opened = { manifest: readManifestReadOnly(root), reparse: [], readOnly: true };
    notify(`文库文件夹 ${root} 是只读的：可以阅读和搜索，但不能导入或移除公报。`);
  }
  const { readOnly } = opened;
  let manifest = opened.manifest;
  let manifestStamp = fileStamp(manifestPath);
  let lastModel: { folder: string; parsed: ParsedIssue } | null = null;
  const searchWorkerPath = options.searchWorkerPath ?? defaultWorkerPath('searchWorker');
  // Loads the shards in the background: opening returns at once, and searches wait for the index.
  const searchHost = startSearchHost({
    root,
    workerPath: searchWorkerPath,
    execArgv: execArgvFor(options, searchWorkerPath),
    warn: notify,
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

  function requireWritable(): void {
    if (readOnly) throw new ServiceError('read-only', READ_ONLY_ERROR);
  }

  /** Makes `next` the manifest on disk and only then in memory: a failed write changes neither. */
  function install(next: Manifest): void {
    writeManifest(manifestPath, next);
    manifest = next;
    manifestStamp = fileStamp(manifestPath);
  }

  /**
   * Moves an issue folder into this process's staging (under the lock); the caller deletes it after the lock.
   * Null when it could not be moved: it then stays a duplicate or a gone entry, which the next open resolves.
   */
  function retire(folder: string): string | null {
    const trash = join(stagingDir, ownStagingName());
    try {
      mkdirSync(stagingDir, { recursive: true });
      renameSync(join(root, folder), trash);
      return trash;
    } catch {
      return null;
    }
  }

  /** Puts a folder back where it was after a failed manifest write; if even that fails, the next open sorts it. */
  function putBack(from: string, to: string): void {
    try {
      renameSync(from, to);
    } catch {
      // A complete folder left in issues/ is added back by the next open; one left in staging is deleted with it.
    }
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
        `“${issueLabel(entry)}”的数据已损坏，无法打开。请点“重新导入”，选择原文件“${entry.fileName}”再导入一次；你的阅读位置会保留。`,
      );
    }
  }

  function commit(prepared: PreparedIssue): ImportFileResult {
    const { content } = prepared;
    const entry: IssueEntry = {
      ...content,
      importedAt: new Date().toISOString(),
      folder: `issues/${content.id}.${Date.now().toString(36)}${randomUUID().slice(0, 4)}`,
    };
    const target = join(root, entry.folder);
    const { previous, retired } = withLibraryLock(root, () => {
      refresh();
      const replaced = manifest.issues.find((other) => other.id === entry.id);
      renameSync(prepared.stagingFolder, target);
      try {
        syncDirectory(issuesDir);
        install({ ...manifest, issues: [...manifest.issues.filter((other) => other.id !== entry.id), entry] });
      } catch (error) {
        // All or nothing: the folder goes back to staging, which the import removes when it ends.
        putBack(target, prepared.stagingFolder);
        throw error;
      }
      return { previous: replaced, retired: replaced ? retire(replaced.folder) : null };
    });
    // Told before the old folder goes, and in order with later searches, which therefore see the new version.
    searchHost.load([entry]);
    if (retired) rmSync(retired, { recursive: true, force: true });
    if (lastModel?.folder === previous?.folder) lastModel = null;
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
      stagingRoot: join(stagingDir, ownStagingName()),
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
      // The file itself was fine (it was parsed); what failed is writing the library, which is left as it was.
      const reason = toApiError(error).message;
      return {
        file: prepared.file,
        status: 'failed',
        error: { code: 'commit-failed', message: `写入文库失败，文库保持原样：${reason}` },
      };
    }
  }

  /**
   * Issue folders whose model could not be read were moved to `damaged/` at open; each is imported again from its
   * original. Once the issue is back in, the damaged copy goes (the library holds the same original); a folder
   * that cannot be parsed stays where it is, and the person is told where.
   */
  async function reparseDamaged(damaged: readonly Reparse[]): Promise<void> {
    const summary = await runWorker(
      damaged.map((item) => join(root, item.folder, item.original)),
      {},
    );
    summary.results.forEach((result, index) => {
      const item = damaged[index];
      if (!item) return;
      const where = join(root, item.folder);
      if (result.status === 'failed') {
        notify(
          `公报文件夹 ${basename(item.folder)} 的解析结果无法读取，按其原文件重新解析也未成功（${result.error?.message ?? '原因不明'}），已原样移至 ${where}，原文件 ${item.original} 保存在其中。`,
        );
        return;
      }
      rmSync(where, { recursive: true, force: true });
      if (result.status !== 'unchanged') {
        notify(`一期公报（${result.issueId ?? ''}）的解析结果无法读取，已按其原文件重新解析，恢复到文库中。`);
      }
    });
  }

  // Every call waits for the repairs begun at open, so the first list already holds the repaired issues.
  const repaired = opened.reparse.length > 0 ? reparseDamaged(opened.reparse) : Promise.resolve();
  const afterRepairs = <T>(action: () => T | Promise<T>): Promise<T> => repaired.then(action);

  return {
    readOnly,
    listIssues: () =>
      afterRepairs(() => {
        refresh();
        return manifest.issues.map(toSummary);
      }),
    getDocument: (docId) =>
      afterRepairs(() => {
        refresh();
        const entry = findDocument(docId);
        const parsed = readModelOrSayDamaged(entry);
        const document = parsed.documents.find((doc) => globalDocId(entry.id, doc.id) === docId);
        if (!document) throw new ServiceError('not-found', '找不到该文件，它可能已从文库中移除。');
        return {
          issue: { ...parsed.issue, id: entry.id, fileName: entry.fileName },
          document: { ...document, id: docId },
        };
      }),
    removeIssue: (issueId) =>
      afterRepairs(() => {
        requireWritable();
        const removed = withLibraryLock(root, () => {
          refresh();
          const entry = manifest.issues.find((issue) => issue.id === issueId);
          if (!entry) return null;
          // The folder leaves issues/ first: were the process killed before the manifest write, the next open
          // drops the entry rather than finding a complete folder and adding the removed issue back.
          const trash = retire(entry.folder);
          try {
            install({ ...manifest, issues: manifest.issues.filter((issue) => issue.id !== issueId) });
          } catch (error) {
            if (trash) putBack(trash, join(root, entry.folder));
            throw error;
          }
          return { entry, trash };
        });
        if (!removed) return false;
        searchHost.remove([issueId]);
        if (removed.trash) rmSync(removed.trash, { recursive: true, force: true });
        if (lastModel?.folder === removed.entry.folder) lastModel = null;
        return true;
      }),
    search: (query, searchOptions) =>
      afterRepairs(() => {
        refresh();
        return searchHost.search(query, searchOptions);
      }),
    importFiles: (inputs, importOptions = {}) =>
      afterRepairs(() => {
        requireWritable();
        return inputs.length === 0 ? { results: [], cancelled: false } : runWorker(inputs, importOptions);
      }),
  };
}
