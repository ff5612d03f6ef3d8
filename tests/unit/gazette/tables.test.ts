/**
 * Tables kept as tables: gov.cn `<table>` elements and PDF tables recovered from run positions become `table`
 * blocks (or `preformatted` when the grid cannot be resolved), never prose paragraphs. Expected cells are read off
 * the printed pages and the pages' HTML.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import type { Block, GazetteDocument, TocEntry } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';
import { corpusPath } from '../../helpers/sharedFiles';

const tocTexts = (entries: readonly TocEntry[]): string[] =>
  entries.flatMap((entry) => [`${entry.label}${entry.text}`, ...tocTexts(entry.children)]);
const tables = (document: GazetteDocument | undefined): Block[] =>
  (document?.blocks ?? []).filter((block) => block.kind === 'table');

function stateCouncilPage(index: number): string {
  const line = readFileSync(corpusPath('govcn_state-council_60docs.jsonl'), 'utf8').trim().split('\n')[index] ?? '';
  return (JSON.parse(line) as { html: string }).html;
}

async function parseHtml(html: string): Promise<GazetteDocument | undefined> {
  const parsed = await parseIssueBuffer(new TextEncoder().encode(html), 'page.html');
  expectConsistentModel(parsed);
  return parsed.documents[0];
}

describe('gov.cn tables', () => {
  it('国办发〔2018〕126号: the 推广清单 is a table; its row groups (一、知识产权保护方面) are not headings', async () => {
    const document = await parseHtml(stateCouncilPage(9));
    const [list] = tables(document);
    expect(list?.rows?.[0]).toEqual(['序号', '改革举措', '主要内容', '指导部门', '推广范围']);
    expect(list?.rows?.[1]?.[0]).toBe('一、知识产权保护方面（共5项）');
    expect(list?.rows?.[2]?.slice(0, 2)).toEqual(['1', '知识产权民事、刑事、行政案件“三合一”审判']);
    expect(list?.rows?.[2]?.[4]).toBe('全国');
    expect(list?.text.split('\n')[0]).toBe('序号\t改革举措\t主要内容\t指导部门\t推广范围');
    expect(tocTexts(document?.toc ?? [])).toEqual([
      '一、推广的改革举措（共23项）',
      '（一）知识产权保护方面5项',
      '（二）科技成果转化激励方面4项',
      '（三）科技金融创新方面5项',
      '（四）军民深度融合方面6项',
      '（五）管理体制创新方面3项',
      '二、高度重视推广工作',
      '三、认真抓好组织实施',
      '附件第二批支持创新相关改革举措推广清单',
    ]);
    // The prose before the table is unchanged.
    const before = document?.blocks[document.blocks.indexOf(list as Block) - 1];
    expect(before).toMatchObject({ kind: 'attachmentTitle', text: '附件\n第二批支持创新相关改革举措推广清单' });
  });

  it('国函〔2006〕132号: coordinate tables, with merged header cells laid on the grid', async () => {
    const document = await parseHtml(stateCouncilPage(43));
    const found = tables(document);
    expect(found).toHaveLength(7);
    expect(found[0]?.rows?.slice(0, 2)).toEqual([
      ['坐标编号', 'X坐标', 'Y坐标', '说明'],
      ['1', '15172.500', '103655.000', ''],
    ]);
    // 坐标编号 spans two rows and 说明 two rows and two columns: their slots in the second row stay empty.
    expect(found[1]?.rows?.[1]).toEqual(['', 'X', 'Y', 'X', 'Y', '', '']);
    expect(found[1]?.rows?.[2]?.[0]).toBe('A1');
  });

  it('layout and metadata tables are not document tables', async () => {
    const document = await parseHtml(`<html><body>
      <table><tr><td>索引号：</td><td>000014349/2019-00001</td></tr><tr><td>发文字号：</td><td>国发〔2019〕5号</td></tr></table>
      <table><tr><td><table><tr><td>一、总体要求</td></tr></table></td></tr>
      <tr><td><p>各地区要认真落实。</p></td></tr></table>
      <table><tr><th>地区</th><th>人数</th></tr><tr><td>北京</td><td>12</td></tr></table>
    </body></html>`);
    expect(document?.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', '一、总体要求'],
      ['paragraph', '各地区要认真落实。'],
      ['table', '地区\t人数\n北京\t12'],
    ]);
    expect(document?.blocks[2]?.rows).toEqual([
      ['地区', '人数'],
      ['北京', '12'],
    ]);
  });
});
