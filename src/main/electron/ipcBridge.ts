import { ipcMain } from 'electron';
import type { WebFrameMain } from 'electron';
import { apiMethods } from '../../shared/api';
import { ipcChannel } from '../../shared/apiClient';
import type { HandlerTable } from '../handlerTable';
import { isAppUrl } from '../security/appUrls';

/** Only the app's own top-level page may call the API; anything else gets a refusal, not a handler. */
export function isTrustedSender(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(handlers: HandlerTable): void {
  for (const method of apiMethods) {
    ipcMain.handle(ipcChannel(method), (event, request: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'forbidden', message: '拒绝来自非本应用页面的请求。' } };
      }
      return handlers[method](request);
    });
  }
}
