/**
 * The project's tests, bench and scripts must run from a clone of the repository alone: nothing may reach for the
 * `shared/` folder that happens to lie beside the clone on the team's machines. Inputs live in tests/fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/fixtureFiles';

const checkedFolders = ['src', 'tests', 'bench', 'scripts'];
const sourceFile = /\.(?:[cm]?[jt]sx?|json)$/u;

/** A path that leaves the repository for its sibling `shared` folder, written as a string or as path parts. */
const outsideShared = [/\.\.[/\\]+shared\b/u, /['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/u];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : filesUnder(full);
    return sourceFile.test(entry.name) && full !== import.meta.filename ? [full] : [];
  });
}

/** Lines that reach outside the repository; imports of the project's own `src/shared` layer are fine. */
export function linesReadingOutside(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => outsideShared.some((pattern) => pattern.test(line)))
    .filter(
      (line) =>
        !/from\s+['"](?:\.\.\/)+(?:src\/)?shared\//u.test(line) && !/import\s*\(?['"](?:\.\.\/)+shared\//u.test(line),
    );
}

describe('a clone of the project alone', () => {
  // This file is left out of the scan below; its examples are built so that no other scanner flags them either.
  const sibling = '..,shared'.split(',');
  it('recognises a read of the sibling folder, in either spelling, and not the shared layer', () => {
    expect(linesReadingOutside(`const dir = path.resolve(root, '${sibling.join("', '")}');`)).toHaveLength(1);
    expect(linesReadingOutside(`readFileSync('${sibling.join('/')}/corpus/x.pdf')`)).toHaveLength(1);
    expect(linesReadingOutside("import { fold } from '../../shared/search/fold';")).toEqual([]);
    expect(linesReadingOutside("import type { Annotation } from '../shared/annotations/annotation';")).toEqual([]);
    const up = '../';
    expect(linesReadingOutside(`import '${up}shared/zodJitless';`)).toEqual([]);
  });

  it('has no code, test, bench or script that reads the sibling shared folder', () => {
    const offenders = checkedFolders
      .flatMap((folder) => filesUnder(path.join(repoRoot, folder)))
      .flatMap((file) =>
        linesReadingOutside(readFileSync(file, 'utf8')).map(
          (line) => `${path.relative(repoRoot, file)}: ${line.trim()}`,
        ),
      );
    expect(offenders).toEqual([]);
  });
});
