import { app, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';

/**
 * Replaces Electron's default menu, which carries reload and developer-tools items that a production build
 * must not offer.
 */
/** What the 文件 menu's paper items do (electron/printing.ts). */
export interface PaperCommands {
  print: () => void;
  exportPdf: () => void;
}

export function installMenu(devTools: boolean, send: (command: MenuCommand) => void, paper: PaperCommands): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        {
          label: '导入…',
          // Shown here; the page handles the key itself (App.tsx), as in the web shell, so it runs once.
          accelerator: 'CmdOrCtrl+O',
          registerAccelerator: false,
          click: () => {
            send('import');
          },
        },
        { type: 'separator' },
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: paper.print },
        { label: '导出 PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: paper.exportPdf },
        { type: 'separator' },
        { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
        { type: 'separator' },
        {
          label: '查找…',
          accelerator: 'CmdOrCtrl+F',
          registerAccelerator: false,
          click: () => {
            send('find');
          },
        },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'resetZoom', label: '实际大小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...(devTools ? [{ role: 'toggleDevTools', label: '开发者工具' } as const] : []),
      ],
    },
    { label: '帮助', submenu: [{ role: 'about', label: `关于${app.getName()}` }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
