/** What goes into an import and what comes out of it, shared by the library and its worker. */
import type { IssueContent } from './manifest';

/**
 * A file on disk, or a file the user handed over as bytes (the browser UI uploads them), or a file on disk whose
 * name is not UTF-8 (a GBK name from a Windows archive): its raw path bytes, and its name decoded for people.
 */
export type ImportInput = string | { name: string; bytes: Uint8Array } | { name: string; path: Uint8Array };

export interface ImportProgress {
  file: string;
  fileIndex: number;
  fileCount: number;
  phase: 'reading' | 'parsing' | 'indexing' | 'committing';
  /** The document being indexed, with its position in the issue. */
  document?: { title: string; index: number; count: number };
  /** 0–100 over the whole job. */
  percent: number;
}

export interface ImportFileResult {
  file: string;
  /** `unchanged`: the same file is already in with the current parser; `updated`: re-parsed in place. */
  status: 'imported' | 'updated' | 'unchanged' | 'failed';
  issueId?: string;
  documents?: number;
  error?: { code: string; message: string };
}

export interface ImportSummary {
  results: ImportFileResult[];
  cancelled: boolean;
}

/** An issue the worker has parsed, indexed and written to a staging folder, ready to be committed. */
export interface PreparedIssue {
  file: string;
  stagingFolder: string;
  /** Its manifest entry but for the folder and time, which the library sets when it commits. */
  content: IssueContent;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'prepared'; fileIndex: number; issue: PreparedIssue }
  | { type: 'result'; fileIndex: number; result: ImportFileResult }
  | { type: 'done' };

export interface WorkerJob {
  stagingRoot: string;
  inputs: ImportInput[];
  /** sha256 → parser version of the issues already in, so unchanged files are skipped without parsing. */
  known: Record<string, number>;
}

export const inputName = (input: ImportInput): string => (typeof input === 'string' ? input : input.name);
