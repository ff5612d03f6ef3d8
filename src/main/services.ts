import type { AppInfo } from '../shared/api';
import type { ImportJobs } from './importJobs';
import type { Library } from './library/library';
import type { ProfileStore } from './profile/profileStore';

/** Everything the API answers from, built once per data folder and profile by `createAppServices`. */
export interface AppServices {
  appInfo(): AppInfo;
  library: Pick<Library, 'listIssues' | 'getDocument' | 'removeIssue' | 'search'>;
  imports: Pick<ImportJobs, 'start' | 'get' | 'cancel'>;
  profile: ProfileStore;
}
