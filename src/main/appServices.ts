/** Builds the services behind the API for one data folder and profile; both shells call this and nothing else. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { name, productName, version } from '../../package.json';
import type { AppInfo } from '../shared/api';
import type { Notice } from '../shared/annotations/annotation';
import { createImportJobs } from './importJobs';
import { openLibrary } from './library/library';
import type { Library } from './library/library';
import { openAnnotationService } from './annotations/openAnnotationService';
import type { ClosableAnnotationService } from './annotations/openAnnotationService';
import { profileDir, sanitizeProfileName } from './profile';
import { openProfileStore } from './profile/profileStore';
import type { AppServices } from './services';

export interface AppServiceOptions {
  dataDir: string;
  profile: string;
  shell: AppInfo['shell'];
  importWorker: string;
  /** The built-in sample issue imported on the first launch with an empty data folder. */
  sampleIssue: string;
}

const SAMPLE_MARKER = 'sample-imported';

/**
 * On the very first launch the library receives the built-in sample, so the app is never empty. A marker file
 * records that this happened: a person who removes the sample does not get it back on the next start.
 */
async function importSampleOnce(library: Library, dataDir: string, sampleIssue: string): Promise<void> {
  const marker = join(dataDir, SAMPLE_MARKER);
  // A read-only library can take no sample (and keeps no marker): it opens as it is.
  if (library.readOnly || existsSync(marker)) return;
  if ((await library.listIssues()).length === 0 && existsSync(sampleIssue)) {
    await library.importFiles([sampleIssue]);
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(marker, `${new Date().toISOString()}\n`);
}

function existingProfiles(dataDir: string): string[] {
  const dir = join(dataDir, 'profiles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function createAppServices(options: AppServiceOptions): Promise<AppServices> {
  const pending: Notice[] = [];
  let noticeCount = 0;
  const tell = (messages: readonly string[]): void => {
    for (const message of messages) pending.push({ id: `notice-${String(++noticeCount)}`, message });
  };
  // The library's repairs (a rebuilt index or manifest, a damaged folder set aside) are told in the window.
  const library = openLibrary({
    dataDir: options.dataDir,
    workerPath: options.importWorker,
    notify: (message) => {
      tell([message]);
    },
  });
  await importSampleOnce(library, options.dataDir, options.sampleIssue);
  let info: AppInfo = {
    name,
    productName,
    version,
    dataDir: options.dataDir,
    profile: options.profile,
    shell: options.shell,
  };
  const openProfile = (profile: string): AppServices['profile'] => {
    const store = openProfileStore(profileDir(options.dataDir, profile));
    tell(store.notices);
    return store;
  };
  const openAnnotations = async (profile: string): Promise<ClosableAnnotationService> => {
    const opened = await openAnnotationService({ dir: profileDir(options.dataDir, profile), library });
    tell(opened.notices);
    return opened.service;
  };
  let annotations = await openAnnotations(options.profile);

  const services: AppServices = {
    appInfo: () => info,
    library,
    imports: createImportJobs(library),
    profile: openProfile(options.profile),
    annotations,
    profiles: {
      list: () => {
        const profiles = existingProfiles(options.dataDir);
        if (!profiles.includes(info.profile)) profiles.push(info.profile);
        return { current: info.profile, profiles: profiles.sort() };
      },
      switchTo: async (requested) => {
        const profile = sanitizeProfileName(requested);
        if (profile === info.profile) return info;
        const previous = annotations;
        annotations = await openAnnotations(profile);
        services.profile = openProfile(profile);
        services.annotations = annotations;
        info = { ...info, profile };
        await previous.close();
        return info;
      },
    },
    takeNotices: () => pending.splice(0),
    close: () => annotations.close(),
  };
  return services;
}
