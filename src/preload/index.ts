/**
 * The sandboxed preload: exposes exactly one object, `window.gazette`, with one method per capability.
 * Never `ipcRenderer`, `process` or a generic invoke(channel) — the page cannot name a channel itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApiClient, ipcChannel } from '../shared/apiClient';
import type { Transport } from '../shared/apiClient';

const invokeOverIpc: Transport = (method, request) => ipcRenderer.invoke(ipcChannel(method), request);

contextBridge.exposeInMainWorld('gazette', createApiClient(invokeOverIpc));
