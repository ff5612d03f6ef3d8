import type { ApiError } from '../shared/api';
import { GazetteImportError } from './gazette/errors';
import { runtimeErrorMessage, systemErrorMessage } from './userMessages';

/** An error a service raises on purpose: its code and message reach the user as they are. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const INTERNAL_ERROR_CODE = 'internal';

/**
 * Every error a person can meet, as a code and one plain Chinese sentence that says what to do next. The app's
 * handler table, import jobs and the `gazette` command all say what this says; nothing else reaches a person.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  if (error instanceof GazetteImportError) {
    // "Unreadable" says more when the system said why (a missing file, no permission).
    const cause = error.code === 'unreadable' ? systemErrorMessage(error.cause) : null;
    return cause ?? { code: error.code, message: error.message };
  }
  const known = systemErrorMessage(error) ?? runtimeErrorMessage(error);
  if (known) return known;
  return {
    code: INTERNAL_ERROR_CODE,
    message: '操作失败：发生了意外错误，详情已写入日志。请重试；如果一再出现，请联系管理员。',
  };
}
