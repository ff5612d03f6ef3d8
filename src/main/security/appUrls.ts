import { APP_HOST, APP_SCHEME } from '../../shared/appOrigin';

/** True only for the app's own content: `app://gazette/...`. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The app never touches the network: every request that is not its own content is cancelled. `devtools:` stays
 * reachable so developer tools work in development builds (they are disabled in production).
 */
export function isAllowedRequest(raw: string): boolean {
  if (isAppUrl(raw)) return true;
  try {
    const { protocol } = new URL(raw);
    return protocol === 'devtools:' || protocol === 'data:';
  } catch {
    return false;
  }
}
