/**
 * The sandboxed preload: exposes exactly one object, `window.gazette`, with one method per capability.
 * Never `ipcRenderer`, `process` or a generic invoke(channel) — the page cannot name a channel itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  createApiClient,
  ipcChannel,
  MENU_COMMAND_CHANNEL,
  menuCommands,
  SAVE_FILE_CHANNEL,
} from '../shared/apiClient';
import type { MenuCommandSource, Transport } from '../shared/apiClient';
import type { GazetteApi, MenuCommand } from '../shared/api';

const invokeOverIpc: Transport = (method, request) => ipcRenderer.invoke(ipcChannel(method), request);

// A rejected invoke: main has no handler (yet), or it crashed or hung up while the call was under way.
const unreachable = { code: 'unreachable', message: '应用后台没有响应，请稍后再试；若一直如此，请重新启动应用。' };

const onMenuCommand: MenuCommandSource = (listener) => {
  // The page gets the command name only, never the IPC event (it would carry the sender).
  const forward = (_event: IpcRendererEvent, command: unknown): void => {
    if (menuCommands.includes(command as MenuCommand)) listener(command as MenuCommand);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  };
};

// Main shows the save dialog and writes the file; the page never learns or names a path.
const saveFile: GazetteApi['saveFile'] = async (file) => {
  try {
    return (await ipcRenderer.invoke(SAVE_FILE_CHANNEL, file)) as Awaited<ReturnType<GazetteApi['saveFile']>>;
  } catch {
    return { ok: false, error: unreachable };
  }
};

contextBridge.exposeInMainWorld('gazette', createApiClient(invokeOverIpc, { onMenuCommand, saveFile }, unreachable));
