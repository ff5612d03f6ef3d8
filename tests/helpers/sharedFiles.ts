/**
 * The real inputs outside the repository: `<repo>/../shared` (fixtures and corpus). CI clones the repository next
 * to that folder, so it is always resolved from the repository root, never from the working directory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

/** The import worker run from source (through tsx), as the library tests start it. */
export const importWorkerSource = path.join(repoRoot, 'src', 'main', 'library', 'importWorker.ts');

export const fixturePath = path.join(sharedDir, 'fixtures', 'jinan-gazette-2022-12-13.txt');
export const corpusPath = (name: string): string => path.join(sharedDir, 'corpus', name);

export function readFixtureText(): string {
  return readFileSync(fixturePath, 'utf8');
}
