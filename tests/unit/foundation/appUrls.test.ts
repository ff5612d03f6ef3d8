import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl } from '../../../src/main/security/appUrls';

describe('app URLs', () => {
  it('knows the app origin and nothing else', () => {
    expect(isAppUrl('app://gazette/index.html')).toBe(true);
    expect(isAppUrl('app://gazette/assets/x.js')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://gazette/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('lets no request reach the network', () => {
    expect(isAllowedRequest('app://gazette/index.html')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequest('https://example.com/')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:5190/api/search')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequest('ws://localhost/')).toBe(false);
  });
});
