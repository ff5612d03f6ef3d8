import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/appOrigin';
import { contentSecurityPolicy } from '../../shared/csp';
import { readStaticFile } from '../staticFiles';

/** Must run before `app.ready`: `app://` behaves as a standard, secure origin (not file://). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `rendererRoot`, with path containment and the CSP on every response. */
export function serveRenderer(rendererRoot: string): void {
  const csp = contentSecurityPolicy({ allowSameOriginFetch: false, header: true });
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererRoot, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
