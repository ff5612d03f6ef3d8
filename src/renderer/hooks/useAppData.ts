/** What the whole window needs from main: app info, the library (refreshable) and the user's reader settings. */
import { useCallback, useEffect, useState } from 'react';
import {
  DEFAULT_READER_SETTINGS,
  type AppInfo,
  type IssueSummary,
  type ReaderSettings,
  type Result,
} from '../../shared/api';
import { gazette } from '../gazette';
import { strings } from '../strings';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

const loaded = <T>(result: Result<T>): Loaded<T> =>
  result.ok ? { state: 'ready', value: result.value } : { state: 'failed', message: result.error.message };

export function useAppData(): {
  info: Loaded<AppInfo>;
  issues: Loaded<IssueSummary[]>;
  refreshIssues: () => void;
  settings: ReaderSettings;
  updateSettings: (change: Partial<ReaderSettings>) => void;
  /** Why the settings could not be read or saved, for the user; null when they were. */
  settingsError: string | null;
} {
  const [info, setInfo] = useState<Loaded<AppInfo>>({ state: 'loading' });
  const [issues, setIssues] = useState<Loaded<IssueSummary[]>>({ state: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  const [settingsError, setSettingsError] = useState<string | null>(null);

  const refreshIssues = useCallback(() => {
    void gazette.listIssues().then((result) => {
      setIssues(loaded(result));
    });
  }, []);

  useEffect(() => {
    void gazette.getAppInfo().then((result) => {
      setInfo(loaded(result));
    });
    void gazette.getSettings().then((result) => {
      if (result.ok) setSettings(result.value);
      else setSettingsError(strings.settingsLoadFailed(result.error.message));
    });
    refreshIssues();
  }, [refreshIssues]);

  const updateSettings = useCallback((change: Partial<ReaderSettings>) => {
    // Applied at once; main keeps them for the user (and clamps them, so its answer wins).
    setSettings((previous) => ({ ...previous, ...change }));
    void gazette.updateSettings(change).then((result) => {
      if (result.ok) setSettings(result.value);
      setSettingsError(result.ok ? null : strings.settingsSaveFailed(result.error.message));
    });
  }, []);

  return { info, issues, refreshIssues, settings, updateSettings, settingsError };
}
