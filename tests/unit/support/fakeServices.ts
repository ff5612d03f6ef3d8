/** AppServices made of plain fakes, for tests of the API plumbing (handlers, IPC bridge, web host). */
import { ServiceError } from '../../../src/main/apiErrors';
import type { AppServices } from '../../../src/main/services';
import { DEFAULT_READER_SETTINGS } from '../../../src/shared/api';

interface Overrides {
  appInfo?: AppServices['appInfo'];
  library?: Partial<AppServices['library']>;
  imports?: Partial<AppServices['imports']>;
  profile?: Partial<AppServices['profile']>;
  annotations?: Partial<AppServices['annotations']>;
}

export function fakeServices(overrides: Overrides = {}): AppServices {
  const info =
    overrides.appInfo ??
    ((): ReturnType<AppServices['appInfo']> => ({
      name: 'gazette-reader',
      productName: '公报阅读器',
      version: '9.9.9',
      dataDir: '/d',
      profile: 'p',
      shell: 'web',
    }));
  return {
    appInfo: info,
    library: {
      listIssues: () => Promise.resolve([]),
      getDocument: () => Promise.reject(new ServiceError('not-found', '找不到该文件。')),
      removeIssue: () => Promise.resolve(true),
      search: (query) => Promise.resolve({ total: query.length, hits: [] }),
      ...overrides.library,
    },
    imports: {
      start: () => ({ jobId: 'job-1' }),
      get: () => {
        throw new ServiceError('not-found', '找不到该导入任务。');
      },
      cancel: () => false,
      ...overrides.imports,
    },
    profile: {
      notices: [],
      getSettings: () => DEFAULT_READER_SETTINGS,
      updateSettings: (patch) => ({ ...DEFAULT_READER_SETTINGS, ...patch }),
      getPosition: () => null,
      savePosition: (_docId, offset) => ({ offset, updatedAt: '2026-01-01T00:00:00.000Z' }),
      ...overrides.profile,
    },
    annotations: {
      list: () => Promise.resolve({ annotations: [], documentNote: null }),
      create: () => Promise.reject(new ServiceError('not-found', '找不到该文件。')),
      update: () => Promise.reject(new ServiceError('not-found', '找不到该批注。')),
      remove: () => Promise.reject(new ServiceError('not-found', '找不到该批注。')),
      restore: () => Promise.reject(new ServiceError('not-found', '找不到该批注。')),
      all: () => Promise.resolve([]),
      placements: () => Promise.resolve([]),
      annotationsOf: () => Promise.resolve([]),
      tags: () => Promise.resolve([]),
      renameTag: () => Promise.resolve(0),
      mergeTags: () => Promise.resolve(0),
      emptyTrash: () => Promise.resolve(0),
      merge: () => Promise.resolve({ added: 0, replaced: 0, keptOurs: 0, unchanged: 0 }),
      ...overrides.annotations,
    },
    profiles: {
      list: () => ({ current: 'p', profiles: ['p'] }),
      switchTo: (name) => Promise.resolve({ ...info(), profile: name }),
    },
    takeNotices: () => [],
    close: () => Promise.resolve(),
  };
}
