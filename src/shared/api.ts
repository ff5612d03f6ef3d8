/**
 * The one contract between the renderer and the main process. The preload (Electron) and the web adapter
 * (browser against the loopback web host) both implement `GazetteApi` with `satisfies`; main answers every method
 * from one handler table (`src/main/ipc.ts`). Each method's request is validated with the zod schema below, and
 * every answer is a `Result`, so no exception ever crosses the process boundary.
 */
import { z } from 'zod';
import type { GazetteDocument, ParsedIssue } from './model';

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiError {
  /** Stable machine-readable code, e.g. `invalid-request`, `not-found`, `internal`. */
  code: string;
  /** A sentence for the user, in the interface language. */
  message: string;
}

export interface AppInfo {
  name: string;
  productName: string;
  version: string;
  dataDir: string;
  profile: string;
  /** `electron` in the desktop app, `web` behind the loopback web host. */
  shell: 'electron' | 'web';
}

export interface DocumentSummary {
  id: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  signedOn: string | null;
  genre: string | null;
}

export interface IssueSummary {
  id: string;
  gazette: string | null;
  year: number | null;
  number: string | null;
  fileName: string;
  importedAt: string;
  documents: DocumentSummary[];
}

export interface SearchSnippet {
  text: string;
  /** [start, end) ranges inside `text` to highlight. */
  highlights: [number, number][];
  /** Where `text` starts and the first highlight sits in the document's canonical text. */
  start: number;
  hitStart: number;
  hitEnd: number;
}

export interface SearchHit {
  docId: string;
  issueId: string;
  docNumber: string | null;
  title: string;
  issuer: string | null;
  signedOn: string | null;
  score: number;
  snippets: SearchSnippet[];
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  /** A hint for the user when the query could not be understood or found nothing. */
  message?: string;
}

export interface OpenedDocument {
  issue: Pick<ParsedIssue, 'issue'>['issue'] & { id: string; fileName: string };
  document: GazetteDocument;
}

export const requestSchemas = {
  getAppInfo: z.void(),
  listIssues: z.void(),
  getDocument: z.object({ docId: z.string().min(1).max(200) }),
  removeIssue: z.object({ issueId: z.string().min(1).max(200) }),
  search: z.object({
    query: z.string().max(1000),
    limit: z.number().int().min(1).max(500).optional(),
  }),
} as const;

export type ApiMethod = keyof typeof requestSchemas;
export type ApiRequest<M extends ApiMethod> = z.infer<(typeof requestSchemas)[M]>;

interface ApiValues {
  getAppInfo: AppInfo;
  listIssues: IssueSummary[];
  getDocument: OpenedDocument;
  removeIssue: { removed: boolean };
  search: SearchResponse;
}
export type ApiValue<M extends ApiMethod> = ApiValues[M];

/** What `window.gazette` offers the renderer: one method per capability. */
export type GazetteApi = {
  [M in ApiMethod]: ApiRequest<M> extends undefined
    ? () => Promise<Result<ApiValue<M>>>
    : (request: ApiRequest<M>) => Promise<Result<ApiValue<M>>>;
};

export const apiMethods = Object.keys(requestSchemas) as ApiMethod[];
