import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/shared/csp';

const root = join(import.meta.dirname, '..', '..', '..');

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('content security policy', () => {
  it('allows nothing remote, no eval and no inline code, in the desktop header', () => {
    const policy = directives(contentSecurityPolicy({ allowSameOriginFetch: false, header: true }));
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('connect-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('sandbox')).toBe('allow-scripts allow-same-origin allow-downloads');
    expect([...policy.values()].join(' ')).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('lets only the web build fetch its own origin', () => {
    expect(directives(contentSecurityPolicy({ allowSameOriginFetch: true, header: true })).get('connect-src')).toBe(
      "'self'",
    );
  });

  it('repeats the desktop policy in index.html, minus the header-only directives', () => {
    const html = readFileSync(join(root, 'src/renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy({ allowSameOriginFetch: false, header: false }));
    expect(meta).not.toContain('sandbox');
  });
});
