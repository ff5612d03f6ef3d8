/** Making highlights in the reader as a person does: selecting text on the page and choosing a colour. */
import { expect } from '@playwright/test';
import type { GazetteApp } from './gazetteApp';

/** Selects the first occurrence of `text` in `scope` (it may run over several text nodes, e.g. marks). */
export async function selectText(app: GazetteApp, text: string, scope = '.page-strip'): Promise<void> {
  await app.page.evaluate(
    ([wanted, within]) => {
      const strip = document.querySelector(within);
      if (!strip) throw new Error(`no ${within}`);
      const walker = document.createTreeWalker(strip, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      const starts: number[] = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        starts.push(all.length);
        nodes.push(node as Text);
        all += (node as Text).data;
      }
      const at = all.indexOf(wanted);
      if (at < 0) throw new Error(`“${wanted}” is not in the strip`);
      const point = (offset: number, isEnd: boolean): [Text, number] => {
        for (let i = 0; i < nodes.length; i++) {
          const start = starts[i] ?? 0;
          const node = nodes[i] as Text;
          const inside = isEnd
            ? offset > start && offset <= start + node.data.length
            : offset < start + node.data.length;
          if (offset >= start && inside) return [node, offset - start];
        }
        throw new Error('no point');
      };
      const range = document.createRange();
      range.setStart(...point(at, false));
      range.setEnd(...point(at + wanted.length, true));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [text, scope] as const,
  );
  await toolbar(app).waitFor();
}

export const toolbar = (app: GazetteApp) => app.page.getByRole('toolbar', { name: '划线与批注' });
export const marks = (app: GazetteApp) => app.page.locator('.page-strip mark.hl');

/** Highlights the current selection with the toolbar's colour button. */
export async function highlightWith(app: GazetteApp, color: '黄' | '绿' | '蓝' | '红' | '紫'): Promise<void> {
  const before = await marks(app).count();
  await toolbar(app)
    .getByRole('button', { name: new RegExp(`^${color}色划线`) })
    .click();
  await expect.poll(() => marks(app).count()).toBeGreaterThan(before);
}
