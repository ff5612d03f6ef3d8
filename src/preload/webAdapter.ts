/**
 * The browser build's stand-in for the preload: the loopback web host injects it before the renderer, and it
 * provides the same `window.gazette` over HTTP. The per-run token arrives in the URL fragment (never sent to the
 * server in a URL, so it stays out of logs), is kept for this tab only, and is removed from the address bar.
 */
import { createApiClient } from '../shared/apiClient';
import type { Transport } from '../shared/apiClient';

const TOKEN_KEY = 'gazette-web-token';

function takeToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = takeToken();

const callOverHttp: Transport = async (method, request) => {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: request === undefined ? '' : JSON.stringify(request),
    });
    return (await response.json()) as unknown;
  } catch {
    return { ok: false, error: { code: 'unreachable', message: '无法连接到本机服务，请确认 web host 仍在运行。' } };
  }
};

Object.defineProperty(window, 'gazette', { value: Object.freeze(createApiClient(callOverHttp)), writable: false });
