import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlerTable';
import { fakeServices } from '../support/fakeServices';
import { startWebHost } from '../../../src/main/web/webServer';
import type { WebHost } from '../../../src/main/web/webServer';
import { MAX_IMPORT_BATCH_BYTES } from '../../../src/shared/importLimits';

const token = 'test-token-0123456789';
let host: WebHost;
let port: number;

const services = fakeServices({
  appInfo: () => ({
    name: 'n',
    productName: '公报阅读器',
    version: '1.2.3',
    dataDir: '/d',
    profile: 'p',
    shell: 'web',
  }),
});

/** Raw HTTP, so the test controls the Host header (fetch does not let it). */
function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-web-'));
  const renderer = join(dir, 'renderer');
  const web = join(dir, 'web');
  mkdirSync(renderer);
  mkdirSync(web);
  writeFileSync(
    join(renderer, 'index.html'),
    '<head><meta\n  http-equiv="Content-Security-Policy"\n  content="connect-src \'none\'" /><script type="module" src="./a.js"></script></head>',
  );
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  writeFileSync(join(web, 'web-adapter.js'), '/* adapter */');
  host = await startWebHost({
    handlers: createHandlers(services),
    rendererRoot: renderer,
    adapterRoot: web,
    token,
    port: 0,
  });
  port = Number(new URL(host.url).port);
});

afterAll(async () => {
  await host.close();
});

describe('the loopback web host', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token in its fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers API calls that carry the token', async () => {
    const response = await call('/api/getAppInfo', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { version: '1.2.3' } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer wrong-token-0123456789' }],
    ['a token of another length', { Authorization: 'Bearer x' }],
    ['the right token without the Bearer scheme', { Authorization: token }],
    ['the right token under another scheme', { Authorization: `Basic ${token}` }],
  ])('refuses an API call with %s', async (_label, headers) => {
    const response = await call('/api/getAppInfo', { method: 'POST', headers });
    expect(response.status).toBe(401);
  });

  it('validates requests and rejects unknown methods and bad JSON', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    expect((await call('/api/nope', { method: 'POST', headers: auth })).status).toBe(404);
    expect((await call('/api/getDocument', { method: 'POST', headers: auth, body: '{' })).status).toBe(400);
    expect((await call('/api/getAppInfo', { method: 'GET', headers: auth })).status).toBe(405);
    const invalid = await call('/api/getDocument', { method: 'POST', headers: auth, body: '{"docId":7}' });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses a body over the import limit from its Content-Length, before reading it', async () => {
    const declared = Math.ceil(MAX_IMPORT_BATCH_BYTES / 3) * 4 + 2 ** 21;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/startImport',
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Length': String(declared) },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      // Only the start of the body is ever sent: the answer must not wait for the rest.
      req.write('{"files":[');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect((JSON.parse(answer.body) as { error: { message: string } }).error.message).toContain('请分几次导入');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await call('/', { headers: { Host: 'attacker.example' } })).status).toBe(421);
  });

  it('serves index.html with the adapter first, the web policy in <meta> and the CSP header', async () => {
    const response = await call('/');
    expect(response.status).toBe(200);
    expect(response.body.indexOf('<script src="/web-adapter.js"></script>')).toBeLessThan(
      response.body.indexOf('<script type="module"'),
    );
    expect(response.body).toContain("connect-src 'self'");
    expect(response.body).not.toContain("connect-src 'none'");
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect((await call('/web-adapter.js')).body).toBe('/* adapter */');
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await call('/../secret.txt')).status).toBe(404);
    expect((await call('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await call('/missing.js')).status).toBe(404);
  });
});
