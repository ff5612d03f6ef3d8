/** Messages between the library and its search worker (searchWorker.ts), which owns the loaded index. */
import type { SearchResponse } from '../../shared/api';
import type { SearchOptions } from '../search/searchIndex';
import type { IssueLocation } from './issueShard';

/** The library's merged gram postings (postingsFile.ts), beside the manifest: written by the search worker. */
export const MERGED_POSTINGS_FILE = 'search-postings.gzp';

export interface SearchWorkerData {
  /** The library folder that issue folders are relative to. */
  root: string;
}

/** Handled in order, so a search sees every load and removal sent before it. */
export type SearchRequest =
  | { type: 'load'; issues: IssueLocation[] }
  | { type: 'remove'; issueIds: string[] }
  | { type: 'search'; id: number; query: string; options: SearchOptions };

export type SearchReply =
  | { type: 'result'; id: number; response: SearchResponse }
  | { type: 'failed'; id: number; message: string }
  | { type: 'warning'; message: string };
