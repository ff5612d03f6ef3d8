/**
 * Electron's security checklist, applied to every session and every web contents the app creates.
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { app, session } from 'electron';
import type { Input, WebContents } from 'electron';
import { isAllowedRequest } from '../security/appUrls';

/** Deny every permission (camera, notifications, …) and cancel every request that is not the app's own content. */
export function hardenSession(target = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}

function isDevtoolsOrReloadShortcut(input: Input): boolean {
  const key = input.key.toLowerCase();
  const modifier = input.control || input.meta;
  return (
    key === 'f12' ||
    key === 'f5' ||
    (modifier && key === 'r') ||
    (modifier && input.shift && (key === 'i' || key === 'j' || key === 'c'))
  );
}

function hardenContents(contents: WebContents, devTools: boolean): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (!devTools) {
    contents.on('before-input-event', (event, input) => {
      if (isDevtoolsOrReloadShortcut(input)) event.preventDefault();
    });
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
    });
  }
}

export function hardenAllContents(devTools: boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, devTools);
  });
}
