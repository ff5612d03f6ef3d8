/**
 * One person's settings and reading positions, in `profiles/<name>/reader.json` under the data folder.
 * The store engine is conf in both shells — electron-store's own engine, with the same file format and atomic
 * writes — so the desktop app, the web host and the tests read and write the file the same way, without Electron.
 * A file that cannot be read (corrupt JSON, a foreign schema) is moved aside, never overwritten: the person
 * starts from defaults, is told, and the old file stays for recovery.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { DEFAULT_READER_SETTINGS, readerSettingsSchema } from '../../shared/api';
import type { ReaderSettings, ReadingPosition } from '../../shared/api';
import { setAside } from '../setAside';

export const PROFILE_SCHEMA_VERSION = 1;
const STORE_NAME = 'reader';
const MAX_POSITIONS = 5000;

const positionSchema = z.object({ offset: z.number().int().min(0), updatedAt: z.string() });

const profileDataSchema = z.object({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  // A file written before a setting existed lacks it: that person gets its default, not a set-aside file.
  settings: readerSettingsSchema.partial(),
  positions: z.record(z.string(), positionSchema),
});
type ProfileData = z.infer<typeof profileDataSchema>;

export interface ProfileStore {
  getSettings(): ReaderSettings;
  updateSettings(patch: Partial<ReaderSettings>): ReaderSettings;
  getPosition(docId: string): ReadingPosition | null;
  savePosition(docId: string, offset: number): ReadingPosition;
  /** Problems met while opening the store, for the user (e.g. a corrupt file that was set aside). */
  readonly notices: readonly string[];
}

const emptyProfile = (): ProfileData => ({
  schemaVersion: PROFILE_SCHEMA_VERSION,
  settings: DEFAULT_READER_SETTINGS,
  positions: {},
});

/** What the store needs of conf; the in-memory stand-in has the same shape. */
interface ProfileFile {
  get<K extends keyof ProfileData>(key: K): ProfileData[K];
  set<K extends keyof ProfileData>(key: K, value: ProfileData[K]): void;
}

/**
 * Stands in for the file when the profile folder cannot be written at all (a read-only data folder, no
 * permission): the person can still read, with defaults, and is told that changes will not be kept.
 */
function memoryStore(): ProfileFile {
  const data = emptyProfile();
  return {
    get: (key) => data[key],
    set: (key, value) => {
      data[key] = value;
    },
  };
}

export function openProfileStore(dir: string): ProfileStore {
  const file = join(dir, `${STORE_NAME}.json`);
  const notices: string[] = [];
  // Owner-only, like the rest of the profile: reading positions say what a person has been reading.
  const open = (): Conf<ProfileData> =>
    new Conf({ cwd: dir, configName: STORE_NAME, defaults: emptyProfile(), configFileMode: 0o600 });

  let store: ProfileFile;
  try {
    const conf = open();
    if (!profileDataSchema.safeParse(conf.store).success) throw new Error('unexpected content');
    store = conf;
  } catch {
    try {
      const aside = existsSync(file) ? setAside(file) : null;
      store = open();
      notices.push(
        aside
          ? `个人设置文件无法读取，已另存为 ${aside}，现使用默认设置。`
          : '个人设置无法打开，现使用默认设置（本次更改可能无法保存）。',
      );
    } catch {
      store = memoryStore();
      notices.push(`个人设置文件夹 ${dir} 无法写入（只读或没有权限），现使用默认设置，本次的更改不会保存。`);
    }
  }

  return {
    notices,
    getSettings: () => ({ ...DEFAULT_READER_SETTINGS, ...store.get('settings') }),
    updateSettings(patch) {
      const next = readerSettingsSchema.parse({ ...DEFAULT_READER_SETTINGS, ...store.get('settings'), ...patch });
      store.set('settings', next);
      return next;
    },
    getPosition: (docId) => store.get('positions')[docId] ?? null,
    savePosition(docId, offset) {
      const position: ReadingPosition = { offset, updatedAt: new Date().toISOString() };
      const positions = { ...store.get('positions'), [docId]: position };
      const ids = Object.keys(positions);
      // Bounded: the oldest positions go first once a person has opened thousands of documents.
      if (ids.length > MAX_POSITIONS) {
        ids
          .sort((a, b) => (positions[a]?.updatedAt ?? '').localeCompare(positions[b]?.updatedAt ?? ''))
          .slice(0, ids.length - MAX_POSITIONS)
          .forEach((id) => {
            Reflect.deleteProperty(positions, id);
          });
      }
      store.set('positions', positions);
      return position;
    },
  };
}
