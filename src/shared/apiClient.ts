/**
 * Builds the `window.gazette` object over a transport: Electron IPC in the preload, HTTP in the web adapter.
 * Listing every method here once is what makes both implementations `satisfies GazetteApi`, and answering every
 * call here with a Result, even when the transport fails, is what makes both shells fail the same way: the page
 * never sees a rejected promise, only `{ ok: false, error }` with a sentence for the user.
 */
import type { ApiError, ApiMethod, ApiRequest, ApiValue, GazetteApi, MenuCommand, Result } from './api';

/**
 * Carries one call to the main process and back; the answer is whatever the handler table returned. It may reject
 * (main not answering, the web host gone), and `unreachable` is then the error the page gets.
 */
export type Transport = (method: ApiMethod, request: unknown) => Promise<unknown>;

export type MenuCommandSource = (listener: (command: MenuCommand) => void) => () => void;

/** What each shell does itself rather than through the handler table. */
export type ShellCommands = Pick<GazetteApi, 'onMenuCommand' | 'saveFile'>;

export const menuCommands: readonly MenuCommand[] = ['import', 'find'];

const isResult = (answer: unknown): boolean =>
  typeof answer === 'object' && answer !== null && typeof (answer as { ok?: unknown }).ok === 'boolean';

export function createApiClient(transport: Transport, shell: ShellCommands, unreachable: ApiError): GazetteApi {
  // The one place the answer's type is asserted: main answers each method from the same contract.
  const call = async <M extends ApiMethod>(method: M, request: ApiRequest<M>): Promise<Result<ApiValue<M>>> => {
    try {
      const answer = await transport(method, request);
      return isResult(answer) ? (answer as Result<ApiValue<M>>) : { ok: false, error: unreachable };
    } catch {
      return { ok: false, error: unreachable };
    }
  };
  return {
    getAppInfo: () => call('getAppInfo', undefined),
    listIssues: () => call('listIssues', undefined),
    getDocument: (request) => call('getDocument', request),
    removeIssue: (request) => call('removeIssue', request),
    search: (request) => call('search', request),
    startImport: (request) => call('startImport', request),
    getImportJob: (request) => call('getImportJob', request),
    cancelImport: (request) => call('cancelImport', request),
    getSettings: () => call('getSettings', undefined),
    updateSettings: (request) => call('updateSettings', request),
    getReadingPosition: (request) => call('getReadingPosition', request),
    saveReadingPosition: (request) => call('saveReadingPosition', request),
    listAnnotations: (request) => call('listAnnotations', request),
    createAnnotation: (request) => call('createAnnotation', request),
    updateAnnotation: (request) => call('updateAnnotation', request),
    deleteAnnotation: (request) => call('deleteAnnotation', request),
    restoreAnnotation: (request) => call('restoreAnnotation', request),
    listAllAnnotations: (request) => call('listAllAnnotations', request),
    listTags: () => call('listTags', undefined),
    renameTag: (request) => call('renameTag', request),
    mergeTags: (request) => call('mergeTags', request),
    emptyTrash: (request) => call('emptyTrash', request),
    exportAnnotations: (request) => call('exportAnnotations', request),
    countAnnotations: (request) => call('countAnnotations', request),
    importAnnotations: (request) => call('importAnnotations', request),
    listProfiles: () => call('listProfiles', undefined),
    switchProfile: (request) => call('switchProfile', request),
    takeNotices: () => call('takeNotices', undefined),
    onMenuCommand: shell.onMenuCommand,
    saveFile: shell.saveFile,
  } satisfies GazetteApi;
}

/** The IPC channel of one API method. */
export function ipcChannel(method: ApiMethod): string {
  return `gazette:${method}`;
}

export const MENU_COMMAND_CHANNEL = 'gazette:menu-command';
/** The desktop app's save dialog for a file the window hands over (electron/savingFiles.ts). */
export const SAVE_FILE_CHANNEL = 'gazette:save-file';

/**
 * Bytes cross the web host's JSON as `{ "$bytes": base64 }`; the server's reviver turns them back into a
 * Uint8Array before validation, so handlers see the same request as over IPC.
 */
export interface EncodedBytes {
  $bytes: string;
}

export function isEncodedBytes(value: unknown): value is EncodedBytes {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { $bytes?: unknown }).$bytes === 'string'
  );
}
