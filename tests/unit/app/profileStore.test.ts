import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_SETTINGS } from '../../../src/shared/api';
import { openProfileStore } from '../../../src/main/profile/profileStore';
import { tempDirs } from '../../helpers/tempDirs';

const tempDir = tempDirs('gazette-profile-');
const profileFolder = (): string => join(tempDir(), 'profiles', 'alice');

describe('profile store', () => {
  it('starts from the defaults and keeps changes across reopening', () => {
    const dir = profileFolder();
    const store = openProfileStore(dir);
    const fresh = { pageLayout: 'auto', printAnnotations: false, sidebarCollapsed: false };
    expect(store.getSettings()).toEqual({ fontSize: 18, theme: 'light', tocOpen: true, ...fresh });
    expect(store.updateSettings({ theme: 'sepia', fontSize: 22, pageLayout: 'single' })).toEqual({
      fontSize: 22,
      theme: 'sepia',
      tocOpen: true,
      ...fresh,
      pageLayout: 'single',
    });
    store.savePosition('doc-1', 1234);
    const reopened = openProfileStore(dir);
    expect(reopened.getSettings()).toEqual({
      fontSize: 22,
      theme: 'sepia',
      tocOpen: true,
      ...fresh,
      pageLayout: 'single',
    });
    expect(reopened.getPosition('doc-1')?.offset).toBe(1234);
    expect(reopened.getPosition('doc-2')).toBeNull();
    expect(reopened.notices).toEqual([]);
  });

  it('opens a reader.json written before 单页/双页/自动, 打印批注 and the sidebar setting existed, keeping what it holds', () => {
    const dir = profileFolder();
    mkdirSync(dir, { recursive: true });
    const earlier = {
      schemaVersion: 1,
      settings: { fontSize: 24, theme: 'dark', tocOpen: false },
      positions: { 'doc-1': { offset: 77, updatedAt: '2026-11-30T08:00:00.000Z' } },
    };
    writeFileSync(join(dir, 'reader.json'), JSON.stringify(earlier));
    const store = openProfileStore(dir);
    expect(store.notices).toEqual([]);
    expect(readdirSync(dir)).toEqual(['reader.json']);
    expect(store.getSettings()).toEqual({
      fontSize: 24,
      theme: 'dark',
      tocOpen: false,
      pageLayout: 'auto',
      printAnnotations: false,
      sidebarCollapsed: false,
    });
    expect(store.getPosition('doc-1')?.offset).toBe(77);
    store.updateSettings({ pageLayout: 'spread', sidebarCollapsed: true });
    expect(openProfileStore(dir).getSettings()).toMatchObject({
      fontSize: 24,
      theme: 'dark',
      pageLayout: 'spread',
      sidebarCollapsed: true,
    });
  });

  it('refuses settings outside their range and keeps the old ones', () => {
    const store = openProfileStore(profileFolder());
    expect(() => store.updateSettings({ fontSize: 200 })).toThrow();
    expect(store.getSettings()).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('opens with defaults when its folder cannot be made, and says that changes will not be kept', () => {
    const data = tempDir();
    // A file where the profiles folder should be: as unwritable as a read-only mount, and it works as root too.
    writeFileSync(join(data, 'profiles'), '');
    const store = openProfileStore(join(data, 'profiles', 'alice'));
    expect(store.getSettings()).toEqual(DEFAULT_READER_SETTINGS);
    expect(store.updateSettings({ theme: 'dark' }).theme).toBe('dark');
    expect(store.getSettings().theme).toBe('dark');
    expect(store.notices).toEqual([
      expect.stringContaining('无法写入（只读或没有权限），现使用默认设置，本次的更改不会保存'),
    ]);
  });

  it('keeps each person’s data apart', () => {
    const alice = profileFolder();
    const bob = join(alice, '..', 'bob');
    openProfileStore(alice).updateSettings({ theme: 'dark' });
    expect(openProfileStore(bob).getSettings().theme).toBe('light');
  });

  it.each([
    ['corrupt JSON', '{"schemaVersion":1,"settings":{"fontSi'],
    ['a foreign schema', '{"schemaVersion":99,"settings":{"fontSize":"big"},"positions":[]}'],
    ['an empty file', ''],
  ])('sets %s aside, explains, and carries on with defaults', (_label, content) => {
    const dir = profileFolder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'reader.json'), content);
    const store = openProfileStore(dir);
    expect(store.getSettings()).toEqual(DEFAULT_READER_SETTINGS);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain('已另存为');
    const asides = readdirSync(dir).filter((name) => name.startsWith('reader.json.unreadable-'));
    expect(asides).toHaveLength(1);
    expect(readFileSync(join(dir, asides[0] ?? ''), 'utf8')).toBe(content);
    store.updateSettings({ theme: 'dark' });
    expect(openProfileStore(dir).getSettings().theme).toBe('dark');
  });

  it('leaves one valid reader.json and no temporary files after many writes', () => {
    const dir = profileFolder();
    const store = openProfileStore(dir);
    for (let i = 0; i < 50; i++) store.savePosition(`doc-${i}`, i);
    expect(existsSync(join(dir, 'reader.json'))).toBe(true);
    expect(() => JSON.parse(readFileSync(join(dir, 'reader.json'), 'utf8')) as unknown).not.toThrow();
    expect(readdirSync(dir).filter((name) => name !== 'reader.json')).toEqual([]);
  });
});
