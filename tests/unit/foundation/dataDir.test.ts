import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../src/main/dataDir';
import { profileDir, resolveProfile, sanitizeProfileName } from '../../../src/main/profile';

describe('data folder', () => {
  it('prefers --data, then GAZETTE_DATA_DIR, then the userData folder Electron would use', () => {
    const env = { GAZETTE_DATA_DIR: '/env/dir', XDG_CONFIG_HOME: '/home/u/.config' };
    expect(resolveDataDir('/cli/dir', env)).toBe(resolve('/cli/dir'));
    expect(resolveDataDir('relative', env)).toBe(resolve('relative'));
    expect(resolveDataDir(undefined, env)).toBe(resolve('/env/dir'));
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/home/u/.config' })).toBe(
      join('/home/u/.config', '公报阅读器'),
    );
  });

  it('follows each platform’s convention for userData', () => {
    expect(defaultDataDir({}, 'linux', '/home/u')).toBe(join('/home/u', '.config', '公报阅读器'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toBe(
      join('C:\\Users\\u\\AppData\\Roaming', '公报阅读器'),
    );
    expect(defaultDataDir({}, 'darwin', '/Users/u')).toBe(
      join('/Users/u', 'Library', 'Application Support', '公报阅读器'),
    );
  });
});

describe('profiles', () => {
  it('takes --profile, then GAZETTE_PROFILE, then the OS account', () => {
    expect(resolveProfile('张三', { GAZETTE_PROFILE: 'li' })).toBe('张三');
    expect(resolveProfile(undefined, { GAZETTE_PROFILE: 'li' })).toBe('li');
    expect(resolveProfile(undefined, {})).not.toBe('');
  });

  it('turns any name into a safe folder name inside the data folder', () => {
    expect(sanitizeProfileName('../../etc')).toBe('__.._etc');
    expect(sanitizeProfileName('a/b\\c')).toBe('a_b_c');
    expect(sanitizeProfileName('')).toBe('default');
    expect(profileDir('/data', sanitizeProfileName('..'))).toBe(join('/data', 'profiles', '_'));
  });
});
