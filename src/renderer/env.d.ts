/// <reference types="vite/client" />
import type { GazetteApi } from '../shared/api';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the web adapter (loopback web host). */
    readonly gazette: GazetteApi;
  }
}
