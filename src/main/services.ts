import type { AppInfo } from '../shared/api';
import type { Notice, ProfileList } from '../shared/annotations/annotation';
import type { AnnotationService } from './annotations/annotationService';
import type { ImportJobs } from './importJobs';
import type { Library } from './library/library';
import type { ProfileStore } from './profile/profileStore';

/** Everything the API answers from, built once per data folder by `createAppServices`. */
export interface AppServices {
  appInfo(): AppInfo;
  library: Pick<Library, 'listIssues' | 'getDocument' | 'removeIssue' | 'search'>;
  imports: Pick<ImportJobs, 'start' | 'get' | 'cancel'>;
  /** The current person's settings and positions; replaced when the window switches profile. */
  profile: ProfileStore;
  /** The current person's annotations; replaced when the window switches profile. */
  annotations: AnnotationService;
  profiles: {
    list(): ProfileList;
    switchTo(name: string): Promise<AppInfo>;
  };
  /** Repairs and restores since the last call, each returned once. */
  takeNotices(): Notice[];
  /** Closes the current person's annotation store (each save is already durable; this releases the files). */
  close(): Promise<void>;
}
