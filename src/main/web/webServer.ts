/**
 * The loopback web host: serves the built renderer and answers the same handler table as ipcMain, over HTTP.
 * It exists for end-to-end tests and for machines without the Electron binary. Every API call must carry the
 * per-run bearer token; the server binds 127.0.0.1 only and rejects foreign Host headers (DNS rebinding).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { isEncodedBytes } from '../../shared/apiClient';
import { contentSecurityPolicy } from '../../shared/csp';
import { batchTooLargeMessage, MAX_IMPORT_BATCH_BYTES } from '../../shared/importLimits';
import { isApiMethod } from '../handlerTable';
import type { HandlerTable } from '../handlerTable';
import { readStaticFile } from '../staticFiles';

export interface WebHostOptions {
  handlers: HandlerTable;
  rendererRoot: string;
  /** Folder holding the built web adapter (out/web). */
  adapterRoot: string;
  token: string;
  port: number;
  maxBodyBytes?: number;
}

export interface WebHost {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy({ allowSameOriginFetch: true, header: true }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const ADAPTER_PATH = '/web-adapter.js';

/** Imports carry whole files, base64 in JSON (4 bytes for every 3), plus a little for names and syntax. */
const DEFAULT_MAX_BODY_BYTES = Math.ceil(MAX_IMPORT_BATCH_BYTES / 3) * 4 + 2 ** 20;

function reviveBytes(_key: string, value: unknown): unknown {
  return isEncodedBytes(value) ? new Uint8Array(Buffer.from(value.$bytes, 'base64')) : value;
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': contentType });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function tokenMatches(header: string | undefined, token: string): boolean {
  // Only the `Bearer` scheme: a bare token (or any other scheme) is not this API's credential.
  const presented = Buffer.from(/^Bearer (\S+)$/u.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/** A body over the limit is refused from its Content-Length, before a byte of it is read, when it declares one. */
async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const declared = (request: IncomingMessage): number => Number(request.headers['content-length'] ?? 0) * 0.75;

const webMetaPolicy = contentSecurityPolicy({ allowSameOriginFetch: true, header: false });

/**
 * The renderer's own index.html, with the adapter that provides `window.gazette` loaded before the app, and the
 * <meta> policy swapped for the web variant (the desktop one forbids the fetches the adapter makes).
 */
function adaptIndexHtml(html: string): string {
  return html
    .replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*"/, `$1${webMetaPolicy}"`)
    .replace('<script', `<script src="${ADAPTER_PATH}"></script>\n    <script`);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let allowedHosts: string[] = [];

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (!tokenMatches(request.headers.authorization, options.token)) {
      sendJson(response, 401, { ok: false, error: { code: 'unauthorized', message: '缺少或错误的访问令牌。' } });
      return;
    }
    if (request.method !== 'POST') {
      sendJson(response, 405, { ok: false, error: { code: 'method-not-allowed', message: '只接受 POST 请求。' } });
      return;
    }
    if (!isApiMethod(method)) {
      sendJson(response, 404, { ok: false, error: { code: 'unknown-method', message: `没有这个接口：${method}` } });
      return;
    }
    const body = await readBody(request, maxBodyBytes);
    if (body === null) {
      // The unread body is not drained: the connection closes once the answer is sent.
      response.setHeader('Connection', 'close');
      sendJson(response, 413, {
        ok: false,
        error: { code: 'too-large', message: batchTooLargeMessage(declared(request)) },
      });
      return;
    }
    let payload: unknown;
    try {
      payload = body === '' ? undefined : JSON.parse(body, reviveBytes);
    } catch {
      sendJson(response, 400, { ok: false, error: { code: 'invalid-request', message: '请求不是有效的 JSON。' } });
      return;
    }
    sendJson(response, 200, await options.handlers[method](payload));
  }

  async function handleStatic(response: ServerResponse, pathname: string): Promise<void> {
    if (pathname === ADAPTER_PATH) {
      const adapter = await readStaticFile(options.adapterRoot, pathname);
      if (adapter) send(response, 200, adapter.contentType, adapter.body);
      else send(response, 404, 'text/plain; charset=utf-8', 'web adapter not built');
      return;
    }
    const file = await readStaticFile(options.rendererRoot, pathname === '/' ? '/index.html' : pathname);
    if (!file) {
      send(response, 404, 'text/plain; charset=utf-8', 'not found');
      return;
    }
    const body = file.contentType.startsWith('text/html') ? adaptIndexHtml(file.body.toString('utf8')) : file.body;
    send(response, 200, file.contentType, body);
  }

  const server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    if (!allowedHosts.includes(host)) {
      send(response, 421, 'text/plain; charset=utf-8', 'misdirected request');
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const apiMatch = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    const work = apiMatch?.[1] ? handleApi(request, response, apiMatch[1]) : handleStatic(response, pathname);
    work.catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error');
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      resolvePromise();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    server,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => {
          resolvePromise();
        });
      }),
  };
}
