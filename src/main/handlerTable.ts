/**
 * The one handler table. Electron's ipcMain and the loopback web host both dispatch to it, so the renderer sees
 * the same behaviour in either shell. Each handler validates its request with the contract's zod schema and
 * answers a Result; nothing thrown inside a service crosses the process boundary.
 */
import { apiMethods, requestSchemas } from '../shared/api';
import type { z } from 'zod';
import type { ApiError, ApiMethod, ApiRequest, ApiValue, Result, UserFacingIssueParams } from '../shared/api';
import type { AppServices } from './services';
import { ServiceError, toApiError } from './apiErrors';
import {
  countForExport,
  exportFromLibrary,
  importIntoProfile,
  listAllAnnotations,
} from './annotations/annotationsAcrossLibrary';

export type Handler<M extends ApiMethod> = (request: unknown) => Promise<Result<ApiValue<M>>>;
export type HandlerTable = { [M in ApiMethod]: Handler<M> };

type Implementations = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiValue<M>> | ApiValue<M> };

function implementations(services: AppServices): Implementations {
  return {
    getAppInfo: () => services.appInfo(),
    listIssues: () => services.library.listIssues(),
    getDocument: ({ docId }) => services.library.getDocument(docId),
    removeIssue: async ({ issueId }) => ({ removed: await services.library.removeIssue(issueId) }),
    search: ({ query, filters, limit }) => services.library.search(query, { filters, limit }),
    startImport: ({ files }) => services.imports.start(files),
    getImportJob: ({ jobId }) => services.imports.get(jobId),
    cancelImport: ({ jobId }) => ({ cancelled: services.imports.cancel(jobId) }),
    getSettings: () => services.profile.getSettings(),
    updateSettings: (patch) => services.profile.updateSettings(patch),
    getReadingPosition: ({ docId }) => services.profile.getPosition(docId),
    saveReadingPosition: ({ docId, offset }) => services.profile.savePosition(docId, offset),
    listAnnotations: ({ docId }) => services.annotations.list(docId),
    createAnnotation: (request) => services.annotations.create(request),
    updateAnnotation: (request) => services.annotations.update(request),
    deleteAnnotation: ({ id }) => services.annotations.remove(id),
    restoreAnnotation: ({ id }) => services.annotations.restore(id),
    listAllAnnotations: (filter) => listAllAnnotations(services.annotations, services.library, filter),
    listTags: () => services.annotations.tags(),
    renameTag: async ({ from, to }) => ({ changed: await services.annotations.renameTag(from, to) }),
    mergeTags: async ({ tags, into }) => ({ changed: await services.annotations.mergeTags(tags, into) }),
    emptyTrash: async ({ ids }) => ({ removed: await services.annotations.emptyTrash(ids) }),
    exportAnnotations: ({ format, docIds, tag }) =>
      exportFromLibrary(services.annotations, services.library, format, { docIds, tag }),
    countAnnotations: async ({ docIds, tag }) => ({
      count: await countForExport(services.annotations, services.library, { docIds, tag }),
    }),
    importAnnotations: ({ bytes }) => importIntoProfile(services.annotations, services.library, bytes),
    listProfiles: () => services.profiles.list(),
    switchProfile: ({ name }) => services.profiles.switchTo(name),
    takeNotices: () => services.takeNotices(),
  };
}

function invalidRequest(method: string, issue: z.core.$ZodIssue | undefined): ApiError {
  const params = issue?.code === 'custom' ? (issue.params as Partial<UserFacingIssueParams> | undefined) : undefined;
  if (issue && params?.apiCode) return { code: params.apiCode, message: issue.message };
  return { code: 'invalid-request', message: `请求参数无效（${method}）：${issue?.message ?? ''}` };
}

export function createHandlers(services: AppServices, log: (error: unknown) => void = console.error): HandlerTable {
  const impl = implementations(services);
  const wrap = <M extends ApiMethod>(method: M): Handler<M> => {
    const run = impl[method] as (request: ApiRequest<M>) => Promise<ApiValue<M>> | ApiValue<M>;
    return async (raw) => {
      const parsed = requestSchemas[method].safeParse(raw);
      if (!parsed.success) return { ok: false, error: invalidRequest(method, parsed.error.issues[0]) };
      try {
        return { ok: true, value: await run(parsed.data as ApiRequest<M>) };
      } catch (error) {
        const apiError = toApiError(error);
        if (!(error instanceof ServiceError)) log(error);
        return { ok: false, error: apiError };
      }
    };
  };
  return Object.fromEntries(apiMethods.map((method) => [method, wrap(method)])) as HandlerTable;
}

export function isApiMethod(name: string): name is ApiMethod {
  return (apiMethods as string[]).includes(name);
}
