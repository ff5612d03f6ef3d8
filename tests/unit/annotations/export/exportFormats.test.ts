/** Each export format of a small hand-made set, pinned against output written out by hand. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvExport } from '../../../../src/main/annotations/export/csvExport';
import { digestExport } from '../../../../src/main/annotations/export/digestExport';
import { htmlExport } from '../../../../src/main/annotations/export/htmlExport';
import { markdownExport } from '../../../../src/main/annotations/export/markdownExport';
import { cityNotice, plainHighlight, sampleSet } from './exportSample';

// Dates in exports are the reader's local days; the expected text below is written for Beijing time.
process.env.TZ = 'Asia/Shanghai';

describe('the Markdown export', () => {
  it('has a title, a heading per document with its 文号, issue and date, quotes with pages, notes and tags', () => {
    expect(markdownExport(sampleSet)).toBe(`# 我的批注

导出于 2026年12月2日 09:30 · 共 4 条批注

## 关于组织开展济南市第三次土壤普查的通知

济政发〔2022〕7号 · 济南市人民政府 · 济南市人民政府公报 2022年第12/13期 · 成文日期 2022-06-10

**文件批注**

请**各区县**对照落实。

> 全面掌握土壤资源情况

第 3 页 · 黄色 · 2026-11-30

要点：

- 摸清家底
- 按期完成

标签：土壤、待办

> 根据国发〔2022〕4号文件要求

第 4 页 · 红色 · 2026-11-30 · 需确认

## 济南市人民政府办公厅关于加强城市管理的通知

济政办字〔2022〕12号 · 济南市人民政府办公厅 · 济南市人民政府公报 2022年第12/13期 · 成文日期 2022-07-01

> a\\*b

绿色 · 2026-12-01

第一行

第二行
`);
  });
});

describe('the HTML export', () => {
  const html = htmlExport(sampleSet);

  it('is one file in 公文 typography that loads nothing from outside', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toContain('font-family: "仿宋_GB2312", "仿宋", FangSong');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|url\(|@import/u);
  });

  it('holds the documents, quotes, notes and tags in this markup', () => {
    const body = html.slice(html.indexOf('<body>\n') + 7, html.indexOf('\n</body>'));
    expect(body.split('\n')).toEqual([
      '<h1>我的批注</h1>',
      '<p class="meta exported">导出于 2026年12月2日 09:30 · 共 4 条批注</p>',
      '<h2>关于组织开展济南市第三次土壤普查的通知</h2>',
      '<p class="meta">济政发〔2022〕7号 · 济南市人民政府 · 济南市人民政府公报 2022年第12/13期 · 成文日期 2022-06-10</p>',
      '<section class="annotation"><p class="meta">文件批注</p><div class="note"><p>请<strong>各区县</strong>对照落实。</p></div></section>',
      '<section class="annotation"><blockquote class="mark-yellow"><p>全面掌握土壤资源情况</p></blockquote><p class="meta">第 3 页 · 黄色 · 2026-11-30</p><div class="note"><p>要点：</p><ul><li>摸清家底</li><li>按期完成</li></ul></div><p class="tags">标签：土壤、待办</p></section>',
      '<section class="annotation"><blockquote class="mark-red"><p>根据国发〔2022〕4号文件要求</p></blockquote><p class="meta">第 4 页 · 红色 · 2026-11-30 · 需确认</p></section>',
      '<h2>济南市人民政府办公厅关于加强城市管理的通知</h2>',
      '<p class="meta">济政办字〔2022〕12号 · 济南市人民政府办公厅 · 济南市人民政府公报 2022年第12/13期 · 成文日期 2022-07-01</p>',
      '<section class="annotation"><blockquote class="mark-green"><p>a*b</p></blockquote><p class="meta">绿色 · 2026-12-01</p><div class="note"><p>第一行</p><p>第二行</p></div></section>',
    ]);
  });
});

describe('the CSV export', () => {
  const csv = csvExport(sampleSet);

  it('starts with a BOM and has one CRLF row per annotation under these columns', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '文件标题,发文字号,发文机关,公报,成文日期,页码,类型,颜色,状态,摘录,批注,标签,创建时间,修改时间,批注编号',
      '关于组织开展济南市第三次土壤普查的通知,济政发〔2022〕7号,济南市人民政府,济南市人民政府公报 2022年第12/13期,2022-06-10,,文件批注,黄色,正常,,请各区县对照落实。,,2026-11-30T02:00:00.000Z,2026-11-30T02:00:00.000Z,n1',
      '关于组织开展济南市第三次土壤普查的通知,济政发〔2022〕7号,济南市人民政府,济南市人民政府公报 2022年第12/13期,2022-06-10,3,摘录,黄色,正常,全面掌握土壤资源情况,"要点：\n摸清家底\n按期完成",土壤、待办,2026-11-30T02:00:00.000Z,2026-11-30T02:00:00.000Z,h1',
      '关于组织开展济南市第三次土壤普查的通知,济政发〔2022〕7号,济南市人民政府,济南市人民政府公报 2022年第12/13期,2022-06-10,4,摘录,红色,需确认,根据国发〔2022〕4号文件要求,,,2026-11-30T02:00:00.000Z,2026-11-30T02:00:00.000Z,h2',
      '济南市人民政府办公厅关于加强城市管理的通知,济政办字〔2022〕12号,济南市人民政府办公厅,济南市人民政府公报 2022年第12/13期,2022-07-01,,摘录,绿色,正常,a*b,"第一行\n第二行",,2026-12-01T03:00:00.000Z,2026-12-01T04:00:00.000Z,h3',
      '',
    ]);
  });

  it('reads back into the columns a spreadsheet shows, with quoting and formula cells made harmless', () => {
    const tricky = {
      ...sampleSet,
      documents: [
        {
          document: cityNotice,
          docKey: 'k2',
          note: null,
          highlights: [
            {
              annotation: {
                ...plainHighlight,
                note: { version: 1 as const, editorState: '{', text: '=HYPERLINK("x"),"逗号"' },
              },
              page: null,
              codePoints: null,
            },
          ],
        },
      ],
    };
    const rows = parseCsv(csvExport(tricky).slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]?.[i]]));
    expect(row.批注).toBe(`'=HYPERLINK("x"),"逗号"`);
    expect(row.摘录).toBe('a*b');
    expect(row.批注编号).toBe('h3');
    expect(rows[1]).toHaveLength(CSV_COLUMNS.length);
  });
});

/** RFC 4180 as a spreadsheet reads it, written here independently of the exporter. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('the 批注汇编 digest', () => {
  it('orders documents by 发文机关 and 文号 and lists the 文号 the quotes cite', () => {
    const reversed = { ...sampleSet, documents: [...sampleSet.documents].reverse() };
    expect(digestExport(reversed)).toBe(`# 批注汇编：我的批注

2026年12月2日 09:30 · 2 个文件 · 4 条批注

## 济南市人民政府

### 济政发〔2022〕7号\u3000关于组织开展济南市第三次土壤普查的通知

**文件批注**：请**各区县**对照落实。

1. 「全面掌握土壤资源情况」（第 3 页）
   要点：

   - 摸清家底
   - 按期完成

2. 「根据国发〔2022〕4号文件要求」（第 4 页）

## 济南市人民政府办公厅

### 济政办字〔2022〕12号\u3000济南市人民政府办公厅关于加强城市管理的通知

1. 「a\\*b」
   第一行

   第二行

## 摘录中引用的文号

- 国发〔2022〕4号（见 济政发〔2022〕7号）
`);
  });
});
