/**
 * One person's settings and reading positions, in `profiles/<name>/reader.json` under the data folder.
 * The store engine is conf — electron-store's own engine, with the same file format and atomic writes — so this
 * core runs without Electron; the desktop shell hands in electron-store itself through `createStore`.
 * A file that cannot be read (corrupt JSON, a foreign schema) is moved aside, never overwritten: the person
 * starts from defaults, is told, and the old file stays for recovery.
 */
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { readerSettingsSchema } from '../../shared/api';
import type { ReaderSettings, ReadingPosition } from '../../shared/api';

export const PROFILE_SCHEMA_VERSION = 1;
const STORE_NAME = 'reader';
const MAX_POSITIONS = 5000;

export const defaultSettings: ReaderSettings = { fontSize: 18, theme: 'light', tocOpen: true };

const positionSchema = z.object({ offset: z.number().int().min(0), updatedAt: z.string() });

const profileDataSchema = z.object({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  settings: readerSettingsSchema,
  positions: z.record(z.string(), positionSchema),
});
type ProfileData = z.infer<typeof profileDataSchema>;

export interface StoreOptions {
  cwd: string;
  configName: string;
  defaults: ProfileData;
  /** Owner-only, like the rest of the profile: reading positions say what a person has been reading. */
  configFileMode: number;
}
export type StoreFactory = (options: StoreOptions) => Conf<ProfileData>;

export const confStore: StoreFactory = (options) => new Conf<ProfileData>(options);

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
  settings: defaultSettings,
  positions: {},
});

function setAside(file: string): string {
  const aside = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, aside);
  return aside;
}

export function openProfileStore(dir: string, createStore: StoreFactory = confStore): ProfileStore {
  const file = join(dir, `${STORE_NAME}.json`);
  const notices: string[] = [];
  const open = (): Conf<ProfileData> =>
    createStore({ cwd: dir, configName: STORE_NAME, defaults: emptyProfile(), configFileMode: 0o600 });

  let store: Conf<ProfileData>;
  try {
    store = open();
    if (!profileDataSchema.safeParse(store.store).success) throw new Error('unexpected content');
  } catch {
    const aside = existsSync(file) ? setAside(file) : null;
    store = open();
    notices.push(
      aside
        ? `个人设置文件无法读取，已另存为 ${aside}，现使用默认设置。`
        : '个人设置无法打开，现使用默认设置（本次更改可能无法保存）。',
    );
  }

  return {
    notices,
    getSettings: () => store.get('settings'),
    updateSettings(patch) {
      const next = readerSettingsSchema.parse({ ...store.get('settings'), ...patch });
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
