/**
 * Document ids: stable across re-imports of the same file and across parser upgrades that find the same document.
 * They hash what identifies a document rather than where the parser put it: the source's sha256 plus its
 * 发文字号, else its title, else its position; a repeated key within one issue gets its occurrence count.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function documentIds(
  sourceSha256: string,
  keys: readonly { docNumber: string | null; title: string }[],
): string[] {
  const seen = new Map<string, number>();
  return keys.map((key, ordinal) => {
    const base = key.docNumber ? `no:${key.docNumber}` : key.title ? `title:${key.title}` : `ordinal:${ordinal}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const identity = count === 0 ? base : `${base}#${count}`;
    return `doc-${createHash('sha256').update(`${sourceSha256}\n${identity}`).digest('hex').slice(0, 20)}`;
  });
}
