/** Composition root of the desktop app: builds the services, registers IPC, opens the window — nothing else. */
import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from '../shared/appOrigin';
import { MENU_COMMAND_CHANNEL } from '../shared/apiClient';
import { createAppServices } from './appServices';
import { bundlePaths } from './bundlePaths';
import { sharedOptions } from './commandLine';
import { resolveDataDir } from './dataDir';
import { registerAppScheme, serveRenderer } from './electron/appProtocol';
import { hardenAllContents, hardenSession } from './electron/hardening';
import { registerIpc } from './electron/ipcBridge';
import { createMainWindow } from './electron/mainWindow';
import { installMenu } from './electron/menu';
import { exportPdf, printPage } from './electron/printing';
import { registerFileSaving } from './electron/savingFiles';
import { windowStateStore } from './electron/windowState';
import { createHandlers } from './handlerTable';
import { resolveProfile } from './profile';

const argv = process.argv.slice(1);
const devTools = argv.includes('--devtools');
const options = sharedOptions(argv);
const dataDir = resolveDataDir(options.dataDir);
const paths = bundlePaths(import.meta.url);
app.setPath('userData', dataDir);

registerAppScheme();
app.enableSandbox();
hardenAllContents(devTools);

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  const windowState = windowStateStore(dataDir);
  mainWindow = createMainWindow(paths.preload, { devTools, ...(windowState.bounds && { bounds: windowState.bounds }) });
  windowState.track(mainWindow);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  serveRenderer(paths.rendererRoot);
  installMenu(devTools, (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command), {
    print: () => {
      if (mainWindow) void printPage(mainWindow);
    },
    exportPdf: () => {
      if (mainWindow) void exportPdf(mainWindow);
    },
  });
  const services = await createAppServices({
    dataDir,
    profile: resolveProfile(options.profile),
    shell: 'electron',
    importWorker: paths.importWorker,
    sampleIssue: paths.sampleIssue,
  });
  registerIpc(createHandlers(services));
  registerFileSaving(() => mainWindow);
  openMainWindow();
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
  start().catch((error: unknown) => {
    console.error('公报阅读器 failed to start:', error);
    app.exit(1);
  });
}
