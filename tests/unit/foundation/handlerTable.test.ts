import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/main/handlerTable';
import { apiMethods } from '../../../src/shared/api';
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
});
