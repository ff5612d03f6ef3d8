import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/main/handlerTable';
import { apiMethods } from '../../../src/shared/api';
import { fileTooLargeMessage, MAX_IMPORT_FILE_BYTES } from '../../../src/shared/importLimits';
import { fakeServices } from '../support/fakeServices';

describe('the handler table', () => {
  it('has exactly one handler per API method', () => {
    expect(Object.keys(createHandlers(fakeServices())).sort()).toEqual([...apiMethods].sort());
  });

  it('answers with Results', async () => {
    const handlers = createHandlers(fakeServices());
    expect(await handlers.getAppInfo(undefined)).toMatchObject({ ok: true, value: { version: '9.9.9' } });
    expect(await handlers.removeIssue({ issueId: 'x' })).toEqual({ ok: true, value: { removed: true } });
    expect(await handlers.search({ query: '土壤' })).toEqual({ ok: true, value: { total: 2, hits: [] } });
  });

  it('hands a search its structured filters, and leaves the limit to the index’s one default', async () => {
    const search = vi.fn(() => Promise.resolve({ total: 0, hits: [] }));
    const handlers = createHandlers(fakeServices({ library: { search } }));
    const filters = { issuer: '济南市人民政府', year: 2022, dateFrom: '2022-01-01' };
    expect((await handlers.search({ query: '土壤', filters })).ok).toBe(true);
    expect(search).toHaveBeenCalledWith('土壤', { filters, limit: undefined });
  });

  it.each([
    ['getDocument', {}],
    ['getDocument', { docId: 42 }],
    ['getDocument', { docId: '' }],
    ['search', { query: 'x', limit: 0 }],
    ['search', { query: 'x'.repeat(1001) }],
    ['search', 'raw string'],
    ['search', { query: 'x', filters: { year: '2022' } }],
    ['search', { query: 'x', filters: { dateFrom: '昨天' } }],
    ['getAppInfo', { unexpected: true }],
  ] as const)('rejects an invalid %s request without calling the service', async (method, request) => {
    const search = vi.fn();
    const getDocument = vi.fn();
    const handlers = createHandlers(fakeServices({ library: { search, getDocument } }));
    const result = await handlers[method](request);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-request');
    expect(search).not.toHaveBeenCalled();
    expect(getDocument).not.toHaveBeenCalled();
  });

  it('passes a service’s own error through and hides internal ones', async () => {
    const log = vi.fn();
    const handlers = createHandlers(
      fakeServices({ library: { listIssues: () => Promise.reject(new Error('ENOENT /secret/path')) } }),
      log,
    );
    expect(await handlers.getDocument({ docId: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: '找不到该文件。' },
    });
    const internal = await handlers.listIssues(undefined);
    expect(internal.ok).toBe(false);
    if (!internal.ok) {
      expect(internal.error.code).toBe('internal');
      expect(internal.error.message).not.toContain('/secret/path');
    }
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses a file over the import limit with the shared sentence, before the import starts', async () => {
    const start = vi.fn();
    const handlers = createHandlers(fakeServices({ imports: { start } }));
    const bytes = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1);
    expect(await handlers.startImport({ files: [{ name: '合订本.pdf', bytes }] })).toEqual({
      ok: false,
      error: { code: 'too-large', message: fileTooLargeMessage(bytes.byteLength) },
    });
    expect(fileTooLargeMessage(bytes.byteLength)).toMatch(/^文件有 101 MB，超过了 100 MB 的导入上限/u);
    expect(start).not.toHaveBeenCalled();
  });

  it.each([
    [Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), '磁盘空间已满'],
    [Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }), '只读'],
    [Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/a/b/公报.txt' }), '找不到“公报.txt”'],
    [Object.assign(new Error('EISDIR: illegal operation'), { code: 'EISDIR', path: '/a/b' }), '是一个文件夹'],
    [
      Object.assign(new RangeError('File size (3000000000) is greater than 2 GiB'), { code: 'ERR_FS_FILE_TOO_LARGE' }),
      '超过 2 GB',
    ],
    [new RangeError('Maximum call stack size exceeded'), '嵌套过深'],
  ])('says what %s means in Chinese, with a next step', async (error, phrase) => {
    const handlers = createHandlers(fakeServices({ library: { listIssues: () => Promise.reject(error) } }), vi.fn());
    const result = await handlers.listIssues(undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(phrase);
      expect(result.error.message).toMatch(/请/u);
      expect(result.error.message).not.toMatch(/[A-Za-z]{4,}/u);
    }
  });
});
