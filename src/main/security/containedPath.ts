import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps a URL path onto a file under `root`, or null when it would leave `root` (`..`, encoded `%2e%2e`, absolute
 * paths, NUL bytes, backslashes). Both the `app://` protocol and the web host serve files only through this.
 */
export function resolveContainedPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relativePath = decoded.replace(/^\/+/, '') || 'index.html';
  const absoluteRoot = resolve(root);
  const candidate = resolve(absoluteRoot, relativePath);
  const rel = relative(absoluteRoot, candidate);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return candidate;
}
