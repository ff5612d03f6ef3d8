/**
 * The real inputs the tests and the bench read, all inside the repository: the sample issue the app ships
 * (`resources/sample/`) and the public documents copied into `tests/fixtures/` (see its SOURCES.md).
 * Paths are resolved from the repository root, never from the working directory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const fixturesDir = path.join(repoRoot, 'tests', 'fixtures');

/** The import worker run from source (through tsx), as the library tests start it. */
export const importWorkerSource = path.join(repoRoot, 'src', 'main', 'library', 'importWorker.ts');

/** 济南市人民政府公报 2022年第12/13期: the built-in sample is the one copy. */
export const fixturePath = path.join(repoRoot, 'resources', 'sample', 'jinan-gazette-2022-12-13.txt');
export const corpusPath = (name: string): string => path.join(fixturesDir, 'corpus', name);

export function readFixtureText(): string {
  return readFileSync(fixturePath, 'utf8');
}
