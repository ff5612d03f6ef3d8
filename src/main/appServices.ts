/** Builds the services behind the API for one data folder and profile; both shells call this and nothing else. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { name, productName, version } from '../../package.json';
import type { AppInfo } from '../shared/api';
import { createImportJobs } from './importJobs';
import { openLibrary } from './library/library';
import type { Library } from './library/library';
import { profileDir } from './profile';
import { openProfileStore } from './profile/profileStore';
import type { StoreFactory } from './profile/profileStore';
import type { AppServices } from './services';

export interface AppServiceOptions {
  dataDir: string;
  profile: string;
  shell: AppInfo['shell'];
  importWorker: string;
  /** The built-in sample issue imported on the first launch with an empty data folder. */
  sampleIssue: string;
  createStore?: StoreFactory;
}

const SAMPLE_MARKER = 'sample-imported';

/**
 * On the very first launch the library receives the built-in sample, so the app is never empty. A marker file
 * records that this happened: a person who removes the sample does not get it back on the next start.
 */
async function importSampleOnce(library: Library, dataDir: string, sampleIssue: string): Promise<void> {
  const marker = join(dataDir, SAMPLE_MARKER);
  if (existsSync(marker)) return;
  if ((await library.listIssues()).length === 0 && existsSync(sampleIssue)) {
    await library.importFiles([sampleIssue]);
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(marker, `${new Date().toISOString()}\n`);
}

export async function createAppServices(options: AppServiceOptions): Promise<AppServices> {
  const library = openLibrary({ dataDir: options.dataDir, workerPath: options.importWorker });
  await importSampleOnce(library, options.dataDir, options.sampleIssue);
  const info: AppInfo = {
    name,
    productName,
    version,
    dataDir: options.dataDir,
    profile: options.profile,
    shell: options.shell,
  };
  return {
    appInfo: () => info,
    library,
    imports: createImportJobs(library),
    profile: openProfileStore(profileDir(options.dataDir, options.profile), options.createStore),
  };
}
