import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          importWorker: resolve('src/main/library/importWorker.ts'),
          searchWorker: resolve('src/main/library/searchWorker.ts'),
          pdfWorker: resolve('src/main/gazette/pdf/pdfWorker.ts'),
          cli: resolve('src/main/cli.ts'),
          // The loopback web host is for tests and machines without the Electron binary; packaging leaves it out.
          webHost: resolve('src/main/web/webHost.ts'),
        },
        // Shared chunks sit beside the entries, so `new URL('./importWorker.js', import.meta.url)` finds the
        // worker from whichever bundle file the calling code ended up in.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() anything but a few Electron modules, so it is one self-contained CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
