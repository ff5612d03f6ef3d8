// Builds the web adapter: the browser build's stand-in for the preload, injected by the loopback web host only.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: resolve('out/web'),
    emptyOutDir: true,
    lib: {
      entry: resolve('src/preload/webAdapter.ts'),
      formats: ['iife'],
      name: 'gazetteWebAdapter',
      fileName: () => 'web-adapter.js',
    },
  },
});
