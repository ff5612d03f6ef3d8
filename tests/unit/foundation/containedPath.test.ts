import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContainedPath } from '../../../src/main/security/containedPath';

const root = join(sep, 'srv', 'renderer');

describe('resolveContainedPath', () => {
  it('maps URL paths to files under the root', () => {
    expect(resolveContainedPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveContainedPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveContainedPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveContainedPath(root, '/assets/%E5%85%AC.png')).toBe(join(root, 'assets', '公.png'));
  });

  it.each([
    '/../package.json',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/../../secret',
    '/..%2fsecret',
    '/%5c..%5csecret',
    '/a%00.html',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveContainedPath(root, path)).toBeNull();
  });
});
