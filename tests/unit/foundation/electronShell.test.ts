/**
 * The Electron glue, checked without the Electron binary: `electron` is replaced by recording fakes, so these
 * tests pin down the options and handlers the real app passes to Electron.
 */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  windowOptions: [] as unknown[],
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  ipc: new Map<string, (event: unknown, request: unknown) => unknown>(),
  session: {
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    deviceCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    beforeRequest: undefined as
      undefined | ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void),
  },
}));

vi.mock('electron', () => {
  const BrowserWindow = vi.fn(function BrowserWindow(options: unknown) {
    recorded.windowOptions.push(options);
  });
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => void) =>
        (recorded.session.permissionRequest = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) =>
        (recorded.session.permissionCheck = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => boolean) =>
        (recorded.session.deviceCheck = handler),
      webRequest: {
        onBeforeRequest: (handler: NonNullable<typeof recorded.session.beforeRequest>) =>
          (recorded.session.beforeRequest = handler),
      },
    },
  };
  const app = {
    on: (event: string, listener: (...args: unknown[]) => void) => recorded.appListeners.set(event, listener),
  };
  const ipcMain = {
    handle: (channel: string, handler: (event: unknown, request: unknown) => unknown) =>
      recorded.ipc.set(channel, handler),
  };
  return { BrowserWindow, session, app, ipcMain };
});

const { createMainWindow } = await import('../../../src/main/electron/mainWindow');
const { hardenAllContents, hardenSession } = await import('../../../src/main/electron/hardening');
const { registerIpc } = await import('../../../src/main/electron/ipcBridge');
const { createHandlers } = await import('../../../src/main/handlerTable');
const { fakeServices } = await import('../support/fakeServices');

class FakeContents extends EventEmitter {
  openHandler: (() => { action: string }) | undefined;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.openHandler = handler;
  }
  closeDevTools = vi.fn();
}

function fakeEvent(): { preventDefault: () => void; prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault: () => {
      event.prevented = true;
    },
  };
  return event;
}

beforeEach(() => {
  recorded.windowOptions.length = 0;
  recorded.appListeners.clear();
});

describe('the main window', () => {
  it('is created with every security preference set explicitly', () => {
    createMainWindow('/app/out/preload/index.cjs', { devTools: false });
    expect(recorded.windowOptions[0]).toMatchObject({
      show: false,
      webPreferences: {
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
        devTools: false,
      },
    });
  });
});

describe('session hardening', () => {
  it('denies every permission and cancels every request that is not the app’s own', () => {
    hardenSession();
    const granted = vi.fn();
    recorded.session.permissionRequest?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(recorded.session.permissionCheck?.({}, 'notifications')).toBe(false);
    expect(recorded.session.deviceCheck?.({})).toBe(false);
    const decide = (url: string): boolean => {
      let cancel: boolean | undefined;
      recorded.session.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel ?? false;
    };
    expect(decide('https://example.com/tracker.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://gazette/assets/index.js')).toBe(false);
  });
});

describe('web contents hardening', () => {
  function created(devTools: boolean): FakeContents {
    hardenAllContents(devTools);
    const contents = new FakeContents();
    recorded.appListeners.get('web-contents-created')?.({}, contents);
    return contents;
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'prevents %s',
    (eventName) => {
      const contents = created(false);
      const event = fakeEvent();
      contents.emit(eventName, event, 'https://example.com/');
      expect(event.prevented).toBe(true);
    },
  );

  it('denies window.open', () => {
    expect(created(false).openHandler?.()).toEqual({ action: 'deny' });
  });

  it.each([
    { key: 'F12' },
    { key: 'F5' },
    { key: 'r', control: true },
    { key: 'I', control: true, shift: true },
    { key: 'i', meta: true, shift: true },
  ])('swallows the devtools/reload shortcut %o in production', (input) => {
    const event = fakeEvent();
    created(false).emit('before-input-event', event, { control: false, meta: false, shift: false, ...input });
    expect(event.prevented).toBe(true);
  });

  it('leaves ordinary keys alone, and shortcuts too when devtools are enabled', () => {
    const typing = fakeEvent();
    created(false).emit('before-input-event', typing, { key: 'r', control: false, meta: false, shift: false });
    expect(typing.prevented).toBe(false);
    const developer = fakeEvent();
    created(true).emit('before-input-event', developer, { key: 'F12', control: false, meta: false, shift: false });
    expect(developer.prevented).toBe(false);
  });
});

describe('IPC', () => {
  const handlers = createHandlers(fakeServices());
  registerIpc(handlers);
  const invoke = (senderFrame: unknown): unknown =>
    recorded.ipc.get('gazette:getAppInfo')?.({ senderFrame }, undefined);

  it('registers one channel per API method', () => {
    expect([...recorded.ipc.keys()].sort()).toEqual([
      'gazette:cancelImport',
      'gazette:countAnnotations',
      'gazette:createAnnotation',
      'gazette:deleteAnnotation',
      'gazette:emptyTrash',
      'gazette:exportAnnotations',
      'gazette:getAppInfo',
      'gazette:getDocument',
      'gazette:getImportJob',
      'gazette:getReadingPosition',
      'gazette:getSettings',
      'gazette:importAnnotations',
      'gazette:listAllAnnotations',
      'gazette:listAnnotations',
      'gazette:listIssues',
      'gazette:listProfiles',
      'gazette:listTags',
      'gazette:mergeTags',
      'gazette:removeIssue',
      'gazette:renameTag',
      'gazette:restoreAnnotation',
      'gazette:saveReadingPosition',
      'gazette:search',
      'gazette:startImport',
      'gazette:switchProfile',
      'gazette:takeNotices',
      'gazette:updateAnnotation',
      'gazette:updateSettings',
    ]);
  });

  it('answers the app’s own top frame', async () => {
    expect(await invoke({ url: 'app://gazette/index.html', parent: null })).toMatchObject({ ok: true });
  });

  it.each([
    ['a remote page', { url: 'https://example.com/', parent: null }],
    ['a subframe', { url: 'app://gazette/index.html', parent: {} }],
    ['a file URL', { url: 'file:///tmp/x.html', parent: null }],
    ['a destroyed frame', null],
  ])('refuses %s', async (_label, frame) => {
    expect(await invoke(frame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
