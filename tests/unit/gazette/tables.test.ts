/**
 * Tables kept as tables: gov.cn `<table>` elements and PDF tables recovered from run positions become `table`
 * blocks (or `preformatted` when the grid cannot be resolved), never prose paragraphs. Expected cells are read off
 * the printed pages and the pages' HTML.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssueBuffer, parseIssueFile } from '../../../src/main/gazette/index';
import type { Block, GazetteDocument, TocEntry } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';
import { corpusPath } from '../../helpers/fixtureFiles';

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

// Each PDF is parsed once for all its tables (a parse of the 159-page plan takes seconds).
const parsedPdfs = new Map<string, Promise<Block[]>>();
function pdfBlocks(file: string): Promise<Block[]> {
  const known = parsedPdfs.get(file);
  if (known) return known;
  const blocks = parseIssueFile(corpusPath(file)).then((parsed) => {
    expectConsistentModel(parsed);
    return parsed.documents.flatMap((document) => document.blocks);
  });
  parsedPdfs.set(file, blocks);
  return blocks;
}

/** The block of a PDF laid out as a table or preformatted on a page, with the blocks either side. */
async function pdfTableOnPage(
  file: string,
  page: number,
): Promise<{ before: Block | undefined; table: Block | undefined; after: Block | undefined }> {
  const blocks = await pdfBlocks(file);
  const index = blocks.findIndex((block) => block.page === page && ['table', 'preformatted'].includes(block.kind));
  return { before: blocks[index - 1], table: blocks[index], after: blocks[index + 1] };
}

describe('PDF tables', () => {
  it('防控方案第八版 p98: 表1 痰液消化液储存液配方 is a table of 成分 and 质量/体积', async () => {
    const { before, table, after } = await pdfTableOnPage('nhc_2021_fangkong-v8.pdf', 98);
    expect(table?.kind).toBe('table');
    expect(table?.rows?.slice(0, 3)).toEqual([
      ['成分', '质量/体积'],
      ['二硫苏糖醇', '0.1g'],
      ['氯化钠', '0.78g'],
    ]);
    expect(table?.rows?.[6]).toEqual(['水', '7.5ml']);
    expect(table?.rows).toHaveLength(8);
    expect(before).toMatchObject({ kind: 'paragraph', text: '表1痰液消化液储存液配方' });
    expect(after?.kind).toBe('paragraph');
    expect(after?.text).toMatch(
      /^使用时将储存液用去离子水稀释至50ml，与痰液等体积混合使用，.*蛋白酶K的磷酸盐缓冲液将痰液化。$/u,
    );
  });

  it('防控方案第八版 p31: the 核酸检测汇总表 keeps its four columns, row groups in the first', async () => {
    const { before, table, after } = await pdfTableOnPage('nhc_2021_fangkong-v8.pdf', 31);
    expect(table?.kind).toBe('table');
    expect(table?.rows?.[0]).toEqual(['内容', '类别', '核酸检测数量', '阳性数']);
    expect(table?.rows?.[1]).toEqual(['', '发热门诊', '', '']);
    expect(table?.rows?.[3]).toEqual(['医疗机构就诊人员监测', '住院患者中严重急性呼吸道感染病例', '', '']);
    expect(before).toMatchObject({ kind: 'attachmentTitle', text: '附件\n人群、物品和环境核酸检测汇总表' });
    expect(after).toMatchObject({ kind: 'attachmentTitle', text: '附件3\n新冠肺炎疫情流行病学调查指南' });
  });

  it('防控方案第九版 p37: 附表1 stays preformatted, 序号 apart from 人群类别; its spanning cells hide the rows', async () => {
    const { before, table, after } = await pdfTableOnPage('nhc_2022_lflk-zongfa-71_fangkong-v9.pdf', 37);
    expect(table?.kind).toBe('preformatted');
    const lines = table?.text.split('\n') ?? [];
    expect(lines.slice(0, 5)).toEqual([
      '序',
      '人群类别  核酸检测要求',
      '号',
      '1  跨境交通工具司乘、保洁、维修等人员',
      '2  口岸进口物品搬运人员',
    ]);
    expect(lines).toContain('3  进口冷链食品储存加工企业一线人员  作业期间每天1次全员核酸检测');
    expect(lines).toContain('10  装修装卸服务');
    expect(lines).toContain('17  精神专科医院  及时组织完成1次全员核酸检测，后续');
    expect(lines.at(-1)).toBe('20  建筑工地');
    expect(before).toMatchObject({ kind: 'paragraph', page: 37, text: '风险职业人员和重点机构场所人员核酸检测要求' });
    expect(after).toMatchObject({ kind: 'paragraph', page: 38, text: '附表2' });
  });

  it('防控方案第九版 p76: the 风险区域 table, cells centred and touching, is preformatted', async () => {
    const { before, table, after } = await pdfTableOnPage('nhc_2022_lflk-zongfa-71_fangkong-v9.pdf', 76);
    expect(table?.kind).toBe('preformatted');
    const lines = table?.text.split('\n') ?? [];
    // The footnote mark printed over 外溢风险人员管控措施 stays with the table.
    expect(lines.slice(0, 3)).toEqual([
      '*',
      '风险区  划定标准  防控措施  解除标准  外溢风险人员管控措施',
      '连续7天无新增感染者，且  流入地对有高风险地区7天旅居史的人员',
    ]);
    expect(lines).toContain('高风险区  地等区域，划为高风险区。原则上以居住');
    expect(before).toMatchObject({ kind: 'paragraph', page: 76, text: '风险区域划定和解除标准及防控措施' });
    expect(after).toMatchObject({
      kind: 'paragraph',
      page: 76,
      text: '注：*管控措施适用于跨省（自治区、直辖市）人员流动，各省（自治区、直辖市）辖区内中、高风险区外溢人员管理由各地制定并对外发布。',
    });
  });
});
