import type { BrowserWindow, Rectangle } from 'electron';
import ElectronStore from 'electron-store';

/** The main window's size and position, remembered across launches in the data folder. */
export function windowStateStore(dataDir: string): {
  bounds: Partial<Rectangle> | undefined;
  track(window: BrowserWindow): void;
} {
  const store = new ElectronStore<{ bounds?: Rectangle; maximized?: boolean }>({ cwd: dataDir, name: 'window-state' });
  return {
    bounds: store.get('bounds'),
    track(window) {
      if (store.get('maximized')) window.maximize();
      const save = (): void => {
        if (!window.isMaximized() && !window.isMinimized()) store.set('bounds', window.getBounds());
        store.set('maximized', window.isMaximized());
      };
      window.on('resized', save);
      window.on('moved', save);
      window.on('close', save);
    },
  };
}
