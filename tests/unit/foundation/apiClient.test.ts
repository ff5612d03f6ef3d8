import { describe, expect, it } from 'vitest';
import { createApiClient, type Transport } from '../../../src/shared/apiClient';

const unreachable = { code: 'unreachable', message: '应用后台没有响应。' };
const noShell = {
  onMenuCommand: (): (() => void) => () => undefined,
  saveFile: () => Promise.resolve({ ok: true as const, value: { saved: true } }),
};

describe('the API client both shells build window.gazette with', () => {
  it('passes the handler table’s Results through', async () => {
    const answers: Record<string, unknown> = {
      listIssues: { ok: true, value: [] },
      getDocument: { ok: false, error: { code: 'not-found', message: '找不到该文件。' } },
    };
    const client = createApiClient((method) => Promise.resolve(answers[method]), noShell, unreachable);
    expect(await client.listIssues()).toEqual({ ok: true, value: [] });
    expect(await client.getDocument({ docId: 'x' })).toEqual(answers.getDocument);
  });

  it('answers a failed transport with a Result instead of a rejected promise', async () => {
    const failing: Transport = () => Promise.reject(new Error("No handler registered for 'gazette:search'"));
    const client = createApiClient(failing, noShell, unreachable);
    await expect(client.search({ query: '土壤' })).resolves.toEqual({ ok: false, error: unreachable });
    const throwing: Transport = () => {
      throw new Error('channel closed');
    };
    await expect(createApiClient(throwing, noShell, unreachable).getAppInfo()).resolves.toEqual({
      ok: false,
      error: unreachable,
    });
  });

  it('answers something that is not a Result (a proxy page, an empty body) with the same error', async () => {
    for (const answer of [undefined, null, '<html>', { value: 1 }]) {
      const client = createApiClient(() => Promise.resolve(answer), noShell, unreachable);
      expect(await client.takeNotices()).toEqual({ ok: false, error: unreachable });
    }
  });
});
