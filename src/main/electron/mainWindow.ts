import { BrowserWindow } from 'electron';
import type { Rectangle } from 'electron';
import { productName } from '../../../package.json';

/**
 * The one place the window's web preferences are set. Every security-relevant value is written out, even where
 * it equals Electron's default, so a default that changes upstream cannot weaken the app unnoticed — and the
 * literal stands right in `new BrowserWindow(...)`, where electronegativity can read it.
 */
export function createMainWindow(
  preloadPath: string,
  options: { bounds?: Partial<Rectangle>; devTools: boolean },
): BrowserWindow {
  const { bounds } = options;
  return new BrowserWindow({
    title: productName,
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 860,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
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
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
}
