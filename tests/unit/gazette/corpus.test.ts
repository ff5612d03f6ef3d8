/**
 * The real files in tests/fixtures/corpus: three NHC PDFs with text layers, four gov.cn pages, and the 60 State Council
 * documents' pages. Expected values are read off the printed documents (and SOURCES.md), not from the parser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssueFile, parseIssueBuffer } from '../../../src/main/gazette/index';
import type { GazetteDocument, TocEntry } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';
import { corpusPath } from '../../helpers/fixtureFiles';

const rootTexts = (document: GazetteDocument | undefined): string[] =>
  (document?.toc ?? []).map((entry) => `${entry.label}${entry.text}`);
const childTexts = (entry: TocEntry | undefined): string[] =>
  (entry?.children ?? []).map((child) => `${child.label}${child.text}`);

describe('NHC PDFs', () => {
  it('防控方案第九版: cover notice, the plan it issues, and 14 attachments', async () => {
    const parsed = await parseIssueFile(corpusPath('nhc_2022_lflk-zongfa-71_fangkong-v9.pdf'));
    expectConsistentModel(parsed);
    expect(parsed.issue.pages).toHaveLength(159);
    expect(parsed.documents).toHaveLength(1);
    const [notice] = parsed.documents;
    expect(notice).toMatchObject({
      docNumber: '联防联控机制综发〔2022〕71号',
      title: '关于印发新型冠状病毒肺炎防控方案（第九版）的通知',
      signedOn: '2022-06-27',
      genre: '通知',
    });
    expect(notice?.addressee).toMatch(/^各省、自治区、直辖市及新疆生产建设兵团.*中国疾控中心$/u);
    const roots = rootTexts(notice);
    expect(roots).toHaveLength(15);
    expect(roots[0]).toBe('新型冠状病毒肺炎防控方案（第九版）');
    roots.slice(1).forEach((root, index) => {
      expect(root).toMatch(new RegExp(`^附件${index + 1}\\D`, 'u'));
    });
    expect(roots[1]).toBe('附件1公民防疫基本行为准则');
    const plan = childTexts(notice?.toc[0]);
    expect(plan.slice(0, 3)).toEqual(['一、总体要求', '二、病原学和流行病学特征', '三、公共措施']);
    expect(plan).toHaveLength(9);
    expect(notice?.attachments.map((attachment) => attachment.label)).toEqual(
      Array.from({ length: 14 }, (_, index) => `附件${index + 1}`),
    );
    expect(notice?.attachments.every((attachment) => attachment.blockIndex !== null)).toBe(true);
    // Every page's number, printed as a bare line at its foot, is read as furniture.
    expect(parsed.issue.pages.every((page) => page.printed === String(page.index))).toBe(true);
  }, 60_000);

  it('防控方案第八版: the plan alone, no 发文字号', async () => {
    const parsed = await parseIssueFile(corpusPath('nhc_2021_fangkong-v8.pdf'));
    expectConsistentModel(parsed);
    expect(parsed.issue.pages).toHaveLength(129);
    // Page numbers styled — 2 — are read as 2; the file starts at printed page 2.
    expect(parsed.issue.pages.slice(0, 2)).toEqual([
      { index: 1, printed: '2' },
      { index: 2, printed: '3' },
    ]);
    const [plan] = parsed.documents;
    expect(plan).toMatchObject({ docNumber: null, title: '新型冠状病毒肺炎防控方案（第八版）' });
    expect(rootTexts(plan).slice(0, 3)).toEqual(['一、总体要求', '二、病原学和流行病学特征', '三、公共措施']);
    expect(plan?.attachments.filter((attachment) => /^附件\d+$/u.test(attachment.label)).length).toBeGreaterThanOrEqual(
      12,
    );
  }, 60_000);

  it('诊疗方案第十版: one document with deep numbering', async () => {
    const parsed = await parseIssueFile(corpusPath('nhc_2023_zhenliao-v10.pdf'));
    expectConsistentModel(parsed);
    const [plan] = parsed.documents;
    expect(plan).toMatchObject({ docNumber: null, title: '新型冠状病毒感染诊疗方案（试行第十版）', genre: '方案' });
    const roots = rootTexts(plan);
    expect(roots.slice(0, 3)).toEqual(['一、病原学特点', '二、流行病学特点', '三、预防']);
    expect(childTexts(plan?.toc[1])).toEqual(['（一）传染源', '（二）传播途径', '（三）易感人群']);
    // 四、临床特点 → （二）实验室检查 → 2. 病原学及血清学检查 → （1）核酸检测: four levels.
    const lab = plan?.toc[3]?.children[1]?.children[1];
    expect(`${lab?.label}${lab?.text}`).toBe('2.病原学及血清学检查');
    expect(childTexts(lab)[0]).toBe('（1）核酸检测');
  }, 60_000);
});

describe('gov.cn pages', () => {
  it.each([
    [
      'govcn_guofa-2019-5_shuangsuiji.page.html',
      '国发〔2019〕5号',
      '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见',
      '一、总体要求',
    ],
    [
      'govcn_guobanfamingdian-2018-15_jiejiari.page.html',
      '国办发明电〔2018〕15号',
      '国务院办公厅关于2019年部分节假日安排的通知',
      '一、元旦',
    ],
    [
      'govcn_guofa-1981-88_mianliang.page.html',
      '国发〔1981〕88号',
      '国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知',
      '一、关于棉粮挂钩的奖售基数问题',
    ],
    ['govcn_guoling-706_zhuanli-daili-tiaoli.page.html', '国令第706号', '专利代理条例', '第一章总则'],
  ])('%s', async (file, docNumber, title, firstHeading) => {
    const parsed = await parseIssueFile(corpusPath(file));
    expectConsistentModel(parsed);
    expect(parsed.source.format).toBe('html');
    expect(parsed.documents).toHaveLength(1);
    const [document] = parsed.documents;
    expect(document).toMatchObject({ docNumber, title });
    expect(document?.issuers).toHaveLength(1);
    expect(document?.issuers[0]).toMatch(/^国务院/u);
    expect(rootTexts(document)[0]).toBe(firstHeading);
    // Site chrome and the metadata table stay out of the text.
    expect(document?.blocks.some((block) => /索引号|主题分类|发文机关：/u.test(block.text))).toBe(false);
  });

  it('the 条例 is a tree of 章 and 条', async () => {
    const parsed = await parseIssueFile(corpusPath('govcn_guoling-706_zhuanli-daili-tiaoli.page.html'));
    const [chapter] = parsed.documents[0]?.toc ?? [];
    expect(childTexts(chapter).slice(0, 2)).toEqual(['第一条', '第二条']);
  });

  it('reads 发文字号 and title of all 60 State Council pages', async () => {
    const records = readFileSync(corpusPath('govcn_state-council_60docs.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { title: string; release_number: string; html: string });
    expect(records).toHaveLength(60);
    for (const record of records) {
      const parsed = await parseIssueBuffer(new TextEncoder().encode(record.html), 'page.html');
      expectConsistentModel(parsed);
      const [document] = parsed.documents;
      const docNumber = record.release_number
        .replace(/\s+/gu, '')
        .replace(/[[(（【]/u, '〔')
        .replace(/[\])）】]/u, '〕');
      const title = record.title.replace(/\s+/gu, '').replace(/\(/gu, '（').replace(/\)/gu, '）');
      expect({ docNumber: document?.docNumber, title: document?.title }).toEqual({ docNumber, title });
    }
  }, 60_000);
});
