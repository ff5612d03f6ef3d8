/** Builds the services behind the API for one data folder and profile; both shells call this and nothing else. */
import { name, productName, version } from '../../package.json';
import type { AppInfo } from '../shared/api';
import { ServiceError } from './apiErrors';
import type { AppServices, LibraryService } from './services';

export interface AppServiceOptions {
  dataDir: string;
  profile: string;
  shell: AppInfo['shell'];
}

const emptyLibrary: LibraryService = {
  listIssues: () => Promise.resolve([]),
  getDocument: () => Promise.reject(new ServiceError('not-found', '找不到该文件。')),
  removeIssue: () => Promise.resolve(false),
  search: () => Promise.resolve({ total: 0, hits: [] }),
};

export function createAppServices(options: AppServiceOptions): AppServices {
  const info: AppInfo = {
    name,
    productName,
    version,
    dataDir: options.dataDir,
    profile: options.profile,
    shell: options.shell,
  };
  return { appInfo: () => info, library: emptyLibrary };
}
