import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Annotation, Note } from '../../../src/shared/annotations/annotation';
import { PrintedNotesAppendix } from '../../../src/renderer/components/PrintedNotesAppendix';
import { DocumentText } from '../../../src/renderer/components/DocumentText';
import { printedNotes } from '../../../src/renderer/logic/printedNotes';
import { highlightRecord } from '../../helpers/annotationRecords';

const annotation = highlightRecord;

const plainNote = (text: string): Note => ({ version: 1, editorState: '{}', text });

describe('printedNotes', () => {
  it('numbers highlights in reading order, orphans last, and marks only the placed ones with their number', () => {
    const { entries, decorations } = printedNotes([
      annotation('orphan', 0, '已删去的一句', 'orphan'),
      annotation('later', 20, '第二处'),
      annotation('earlier', 5, '第一处'),
      annotation('doubtful', 30, '需确认处', 'doubtful'),
    ]);
    expect(entries.map((entry) => [entry.number, entry.annotation.id, entry.placed])).toEqual([
      [1, 'earlier', true],
      [2, 'later', true],
      [3, 'doubtful', true],
      [4, 'orphan', false],
    ]);
    expect(decorations.map((d) => [d.annotationId, d.noteNumber])).toEqual([
      ['later', 2],
      ['earlier', 1],
      ['doubtful', 3],
    ]);
  });

  it('puts the number on the last piece of a highlight only, leaving the text itself as it was', () => {
    const { decorations } = printedNotes([annotation('a', 2, '第三次土壤')]);
    const html = renderToStaticMarkup(
      createElement(DocumentText, {
        text: '开展第三次土壤普查',
        base: 0,
        decorations: [...decorations, { kind: 'hit', start: 4, end: 9 }],
        onFollowReference: () => undefined,
      }),
    );
    expect(html.match(/data-note-number="1"/g)).toHaveLength(1);
    expect(html.replace(/<[^>]+>/g, '')).toBe('开展第三次土壤普查');
    expect(html).toMatch(/data-note-number="1">(<mark[^>]*>)?次土壤</);
  });
});

describe('PrintedNotesAppendix', () => {
  const render = (annotations: Annotation[], documentNote: Annotation | null = null): string =>
    renderToStaticMarkup(
      createElement(PrintedNotesAppendix, { entries: printedNotes(annotations).entries, documentNote }),
    );

  it('prints nothing when there is nothing of the person’s to print', () => {
    expect(render([])).toBe('');
  });

  it('lists an orphan with its whole quote and its status, and each note as the exports write it (escaped)', () => {
    const long = '为贯彻落实国家、省关于组织开展第三次土壤普查的工作部署，全面掌握土壤资源情况，现将有关事项通知如下';
    const placed = { ...annotation('a', 0, long), note: plainNote('<b>不是标记</b>'), tags: ['普查', '督办'] };
    const orphan = { ...annotation('b', 0, long, 'orphan'), note: plainNote('原文已改') };
    const documentNote = { ...annotation('n', 0, ''), anchor: null, note: plainNote('通读一遍') };
    const html = render([orphan, placed], documentNote);
    expect(html).toContain('本文的划线和批注共 3 条');
    expect(html).toContain('文档笔记');
    expect(html).toContain('<p>通读一遍</p>');
    expect(html).toContain(`[1]</span>「${long.slice(0, 40)}…」`);
    expect(html).toContain('&#60;b&#62;不是标记&#60;/b&#62;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('标签：普查、督办');
    expect(html).toContain(`[2]</span>「${long}」<span class="print-note-status">孤立批注</span>`);
    expect(html).toContain('<p>原文已改</p>');
  });
});
