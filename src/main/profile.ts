/**
 * A profile is one person's own data on a shared workstation (reader settings and reading positions). By default it
 * is the signed-in OS account; `--profile NAME` or GAZETTE_PROFILE chooses another. Names become folder names, so
 * anything but letters, digits, `.`, `_` and `-` is replaced.
 */
import { userInfo } from 'node:os';
import { join } from 'node:path';

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'default';
  }
}

export function sanitizeProfileName(name: string): string {
  const cleaned = name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]/gu, '_')
    .replace(/^\.+/, '_')
    .slice(0, 64);
  return cleaned || 'default';
}

export function resolveProfile(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return sanitizeProfileName(option ?? env.GAZETTE_PROFILE ?? osUserName());
}

export function profileDir(dataDir: string, profile: string): string {
  return join(dataDir, 'profiles', profile);
}
