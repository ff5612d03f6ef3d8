/**
 * The Content-Security-Policy of the renderer. The desktop app sends it as a header from the `app://` handler and
 * repeats it in index.html's <meta> (defence in depth, and where electronegativity looks); the loopback web host
 * sends its own variant with `connect-src 'self'`, which its API needs and the desktop app must not have, and
 * rewrites the <meta> to match, since policies intersect. `sandbox` and `frame-ancestors` only work as headers.
 */
export interface PolicyOptions {
  allowSameOriginFetch: boolean;
  /** A response header (true) or a <meta> tag (false). */
  header: boolean;
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', options.allowSameOriginFetch ? "'self'" : "'none'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-src', "'none'"],
  ];
  if (options.header) {
    directives.push(['frame-ancestors', "'none'"]);
    // No allow-popups, allow-top-navigation or allow-modals: window.open returns null even without Electron.
    directives.push(['sandbox', 'allow-scripts allow-same-origin allow-downloads']);
  }
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
