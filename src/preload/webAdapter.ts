/**
 * The browser build's stand-in for the preload: the loopback web host injects it before the renderer, and it
 * provides the same `window.gazette` over HTTP. The per-run token arrives in the URL fragment (never sent to the
 * server in a URL, so it stays out of logs), is kept for this tab only, and is removed from the address bar.
 */
import { createApiClient } from '../shared/apiClient';
import type { EncodedBytes, MenuCommandSource, Transport } from '../shared/apiClient';
import type { GazetteApi } from '../shared/api';

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

function base64(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('FileReader failed'));
    };
    reader.readAsDataURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  });
}

/** Replaces every Uint8Array in a request with its JSON-safe encoding. */
async function encodeBytes(value: unknown): Promise<unknown> {
  if (value instanceof Uint8Array) return { $bytes: await base64(value) } satisfies EncodedBytes;
  if (Array.isArray(value)) return Promise.all(value.map(encodeBytes));
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, inner]) => [key, await encodeBytes(inner)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

const callOverHttp: Transport = async (method, request) => {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: request === undefined ? '' : JSON.stringify(await encodeBytes(request)),
  });
  return (await response.json()) as unknown;
};

const unreachable = { code: 'unreachable', message: '无法连接到本机服务，请确认 web host 仍在运行。' };

// The browser build has no application menu; its shortcuts are handled by the page itself.
const noMenu: MenuCommandSource = () => () => undefined;

/** What a browser does with a file a page hands over: downloads it, to the folder and name the person chose. */
const download: GazetteApi['saveFile'] = (file) => {
  const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled; the next task may let the blob go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
  return Promise.resolve({ ok: true, value: { saved: true } });
};

Object.defineProperty(window, 'gazette', {
  value: Object.freeze(createApiClient(callOverHttp, { onMenuCommand: noMenu, saveFile: download }, unreachable)),
  writable: false,
});
