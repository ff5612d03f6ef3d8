/** Several processes on one profile's store, and a writer killed with SIGKILL at random points. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/annotations/annotationDb';
import { openAnnotationService } from '../../../src/main/annotations/openAnnotationService';
import { repoRoot } from '../../helpers/fixtureFiles';
import { tempDirs } from '../../helpers/tempDirs';
import { SOIL_NOTICE, fakeLibrary } from './fakeLibrary';

const makeDir = tempDirs('gazette-processes-');
const childScript = join(repoRoot, 'tests/unit/annotations/storeInChild.ts');

interface Child {
  /** Ids printed so far: acknowledged saves. */
  acknowledged: string[];
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): void;
  onLine(listener: () => void): void;
}

function runChild(args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acknowledged: string[] = [];
  const listeners: (() => void)[] = [];
  let partial = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      acknowledged.push(line);
      for (const listener of listeners) listener();
    }
  });
  return {
    acknowledged,
    done: new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        resolve({ code, signal });
      });
    }),
    kill: () => child.kill('SIGKILL'),
    onLine: (listener) => listeners.push(listener),
  };
}

function storedIds(dir: string): { ids: Set<string>; check: string } {
  const db = new DatabaseSync(join(dir, DATABASE_FILE));
  try {
    const check = String(db.prepare('PRAGMA quick_check').get()?.quick_check);
    const ids = new Set(
      db
        .prepare('SELECT id FROM annotations')
        .all()
        .map((row) => String(row.id)),
    );
    return { ids, check };
  } finally {
    db.close();
  }
}

describe('two processes on one profile', () => {
  it('write at the same time without losing anything, and each sees the other’s changes', async () => {
    const dir = makeDir();
    const { service } = await openAnnotationService({ dir, library: fakeLibrary({ doc1: { text: SOIL_NOTICE } }) });
    const child = runChild(['save', dir, '150']);
    const mine: string[] = [];
    for (let i = 0; i < 150; i++) {
      const made = await service.create({
        docId: 'doc1',
        range: { start: i % 100, end: (i % 100) + 3 },
        color: 'red',
        style: 'underline',
        note: null,
      });
      mine.push(made.id);
    }
    expect(await child.done).toEqual({ code: 0, signal: null });
    const listed = (await service.list('doc1')).annotations.map((a) => a.id);
    expect(new Set(listed)).toEqual(new Set([...mine, ...child.acknowledged]));
    expect(listed).toHaveLength(300);

    const reader = runChild(['count', dir]);
    await reader.done;
    expect(reader.acknowledged).toEqual(['300']);
    await service.close();
  });
});

describe('a writer killed with SIGKILL at random points', () => {
  it('loses none of 1,000 acknowledged saves, and the database stays sound', { timeout: 240_000 }, async () => {
    const dir = makeDir();
    const acknowledged: string[] = [];
    let rounds = 0;
    while (acknowledged.length < 1000) {
      rounds++;
      const child = runChild(['save', dir, String(1000 - acknowledged.length)]);
      // Killed after a random number of saves, a random moment later: inside a transaction, a commit, an fsync.
      const killAfter = 60 + Math.floor(Math.random() * 240);
      const delay = Math.random() * 15;
      child.onLine(() => {
        if (child.acknowledged.length === killAfter)
          setTimeout(() => {
            child.kill();
          }, delay);
      });
      const { signal } = await child.done;
      acknowledged.push(...child.acknowledged);
      const { ids, check } = storedIds(dir);
      expect(check).toBe('ok');
      expect(child.acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      if (acknowledged.length < 1000) expect(signal).toBe('SIGKILL');
    }
    const { ids } = storedIds(dir);
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    expect(rounds).toBeGreaterThan(2);
    console.info(
      `kill test: ${String(acknowledged.length)} acknowledged saves over ${String(rounds)} rounds, none lost`,
    );
  });
});
