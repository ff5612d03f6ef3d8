import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSearchHost } from '../../../src/main/library/searchHost';
import { repoRoot } from '../../helpers/fixtureFiles';

const host = (): ReturnType<typeof startSearchHost> =>
  startSearchHost({
    root: '/nowhere',
    workerPath: join(repoRoot, 'tests/unit/library/fakeSearchWorker.ts'),
    execArgv: ['--import', 'tsx'],
    warn: () => undefined,
  });
const held = async (search: ReturnType<typeof startSearchHost>): Promise<string[]> =>
  (await search.search('x')).hits.map((hit) => `${hit.issueId}@${hit.docId}`);

describe('search host', () => {
  it('keeps the worker in step with loads, replacements and removals, in order', async () => {
    const search = host();
    search.load([
      { id: 'a', folder: 'issues/a.1' },
      { id: 'b', folder: 'issues/b.1' },
    ]);
    expect(await held(search)).toEqual(['a@issues/a.1', 'b@issues/b.1']);
    search.load([{ id: 'a', folder: 'issues/a.2' }]);
    search.remove(['b']);
    expect(await held(search)).toEqual(['a@issues/a.2']);
  });

  it('fails the searches a dying worker owed, then starts a new one with the issues in now', async () => {
    const search = host();
    search.load([{ id: 'a', folder: 'issues/a.1' }]);
    await expect(search.search('exit')).rejects.toThrow('搜索进程意外退出');
    search.remove(['a']);
    search.load([{ id: 'c', folder: 'issues/c.1' }]);
    expect(await held(search)).toEqual(['c@issues/c.1']);
  });
});
