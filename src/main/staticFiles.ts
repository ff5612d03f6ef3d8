import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveContainedPath } from './security/containedPath';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a built renderer file for a URL path; null when it is outside `root` or missing. */
export async function readStaticFile(root: string, urlPathname: string): Promise<StaticFile | null> {
  const path = resolveContainedPath(root, urlPathname);
  if (!path) return null;
  try {
    const body = await readFile(path);
    return { body, contentType: contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
