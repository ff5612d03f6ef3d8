/** Composition root of the desktop app: builds the services, registers IPC, opens the window — nothing else. */
import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL } from '../shared/appOrigin';
import { createAppServices } from './appServices';
import { resolveDataDir } from './dataDir';
import { registerAppScheme, serveRenderer } from './electron/appProtocol';
import { hardenAllContents, hardenSession } from './electron/hardening';
import { registerIpc } from './electron/ipcBridge';
import { createMainWindow } from './electron/mainWindow';
import { installMenu } from './electron/menu';
import { createHandlers } from './ipc';
import { resolveProfile } from './profile';

const argv = process.argv.slice(1);
const devTools = argv.includes('--devtools');
const dataDir = resolveDataDir(argv);
app.setPath('userData', dataDir);

registerAppScheme();
app.enableSandbox();
hardenAllContents(devTools);

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
  mainWindow = createMainWindow(preload, { devTools });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    app.quit();
  });
  void app.whenReady().then(() => {
    hardenSession();
    serveRenderer(fileURLToPath(new URL('../renderer', import.meta.url)));
    installMenu(devTools);
    const services = createAppServices({ dataDir, profile: resolveProfile(argv), shell: 'electron' });
    registerIpc(createHandlers(services));
    openMainWindow();
  });
}
