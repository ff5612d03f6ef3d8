/** The worker's part of an import hashes each file once (issue 8: the parser used to hash the same bytes again). */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { prepareIssue } from '../../../src/main/library/prepareIssue';
import { fixturePath } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';

/** The sizes of the binary inputs every sha256 was fed. */
const hashed = vi.hoisted(() => ({ sizes: [] as number[] }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  // Every caller here hashes as update(…).digest('hex'); the stand-in records what each sha256 was fed.
  const createHash = ((algorithm: string) => {
    const hash = real.createHash(algorithm);
    if (algorithm !== 'sha256') return hash;
    const counted = {
      update(data: string | Uint8Array) {
        if (typeof data !== 'string') hashed.sizes.push(data.byteLength);
        hash.update(data);
        return counted;
      },
      digest: (encoding: 'hex') => hash.digest(encoding),
    };
    return counted;
  }) as unknown as typeof real.createHash;
  return { ...real, createHash, default: { ...real, createHash } };
});

const tempDir = tempDirs('gazette-prepare-');

describe('preparing an import', () => {
  it('hashes the file once, and the entry carries that hash', async () => {
    const bytes = readFileSync(fixturePath);
    const outcome = await prepareIssue(fixturePath, {
      stagingRoot: tempDir(),
      known: {},
      fileIndex: 0,
      fileCount: 1,
      onProgress: () => undefined,
    });
    expect(hashed.sizes.filter((size) => size === bytes.byteLength)).toHaveLength(1);
    const content = 'prepared' in outcome ? outcome.prepared.content : null;
    expect(content?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(content?.id).toBe(content?.sha256.slice(0, 16));
  }, 30_000);
});
