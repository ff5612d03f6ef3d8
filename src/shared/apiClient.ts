/**
 * Builds the `window.gazette` object over a transport: Electron IPC in the preload, HTTP in the web adapter.
 * Listing every method here once is what makes both implementations `satisfies GazetteApi`.
 */
import type { ApiMethod, ApiRequest, ApiValue, GazetteApi, Result } from './api';

/** Carries one call to the main process and back; the answer is whatever the handler table returned. */
export type Transport = (method: ApiMethod, request: unknown) => Promise<unknown>;

export function createApiClient(transport: Transport): GazetteApi {
  // The one place the answer's type is asserted: main answers each method from the same contract.
  const call = <M extends ApiMethod>(method: M, request: ApiRequest<M>): Promise<Result<ApiValue<M>>> =>
    transport(method, request) as Promise<Result<ApiValue<M>>>;
  return {
    getAppInfo: () => call('getAppInfo', undefined),
    listIssues: () => call('listIssues', undefined),
    getDocument: (request) => call('getDocument', request),
    removeIssue: (request) => call('removeIssue', request),
    search: (request) => call('search', request),
  } satisfies GazetteApi;
}

/** The IPC channel of one API method. */
export function ipcChannel(method: ApiMethod): string {
  return `gazette:${method}`;
}
