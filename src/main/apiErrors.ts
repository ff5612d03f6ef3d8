import type { ApiError } from '../shared/api';

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

export function toApiError(error: unknown): ApiError {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  return { code: 'internal', message: '操作失败：发生内部错误，详情已写入日志。' };
}
