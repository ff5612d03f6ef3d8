/**
 * Issue 11: the files in tests/fixtures/corpus/more, from other issuers and other kinds of source. Each outline
 * (moreOutlines.ts, and the details below) was written by hand from reading the file (see tests/fixtures/SOURCES.md),
 * not from the parser's output.
 */
import { describe, expect, it } from 'vitest';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { documentText, type GazetteDocument, type ParsedIssue, type TocEntry } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';
import { corpusPath } from '../../helpers/fixtureFiles';
import { moreOutlines } from './moreOutlines';

const entryText = (entry: TocEntry | undefined): string => `${entry?.label ?? ''}${entry?.text ?? ''}`;
const roots = (document: GazetteDocument | undefined): string[] => (document?.toc ?? []).map(entryText);
const children = (entry: TocEntry | undefined): string[] => (entry?.children ?? []).map(entryText);

async function parseMore(file: string): Promise<{ parsed: ParsedIssue; document: GazetteDocument; text: string }> {
  const parsed = await parseIssueFile(corpusPath(`more/${file}`));
  expectConsistentModel(parsed);
  expect(parsed.documents).toHaveLength(1);
  const [document] = parsed.documents;
  if (!document) throw new Error(`${file}: no document`);
  return { parsed, document, text: documentText(document) };
}

/** Site chrome and metadata rows that must not reach the text. */
const CHROME =
  /当前位置|首页|打印本页|关闭窗口|字号|字体|政策性文件留言咨询|网站地图|版权所有|ICP备|发布日期|分享|无障碍/u;

describe('hand-written outlines', () => {
  it.each(moreOutlines.map((outline) => [outline.file, outline] as const))(
    '%s: 文号, title, issuer, 成文日期, addressee, headings and the number of documents',
    async (file, outline) => {
      const parsed = await parseIssueFile(corpusPath(`more/${file}`));
      expectConsistentModel(parsed);
      expect(parsed.documents).toHaveLength(outline.documents.length);
      outline.documents.forEach((expected, index) => {
        const document = parsed.documents[index];
        const { roots: expectedRoots, children: expectedChildren, ...fields } = expected;
        expect(document).toMatchObject(fields);
        expect(roots(document)).toEqual(expectedRoots);
        for (const [root, entries] of Object.entries(expectedChildren ?? {})) {
          expect(children(document?.toc.find((entry) => entryText(entry) === root))).toEqual(entries);
        }
      });
    },
    60_000,
  );
});

describe('text saved from web pages', () => {
  it('沪发改规范〔2019〕7号: 文号 in a metadata row and the body, three issuers signing', async () => {
    const { document, text } = await parseMore('shanghai-fgw_hufagaiguifan-2019-7_qingjie-goudian.web.txt');
    expect(document.genre).toBe('通知');
    expect(document.attachments).toHaveLength(1);
    expect(document.attachments[0]?.title).toMatch(/^上海市省间清洁购电交易机制实施办法（试行）/u);
    expect(document.blocks.filter((block) => block.kind === 'signature').map((block) => block.text)).toEqual([
      '上海市发展和改革委员会',
      '上海市经济和信息化委员会',
      '国家能源局华东监管局',
    ]);
    expect(text).not.toMatch(CHROME);
    expect(text).toContain('现印发给你们，请按照执行。');
  });

  it('沪发改能源〔2021〕3号: a 转发 notice whose title wraps over three lines with a stray <', async () => {
    const { document, text } = await parseMore('shanghai-fgw_hufagainengyuan-2021-3_zhuanfa.web.txt');
    expect(document.attachments.map((attachment) => attachment.title)).toEqual([
      '《国家能源局关于印发<坚强局部电网规划建设实施方案>的通知》（国能发电力〔2020〕40号）',
    ]);
    expect(text).not.toMatch(CHROME);
    expect(text).not.toContain('相关附件');
    expect(text).toContain('特此通知。');
  });

  it('国家能源局江苏监管办公室: no 文号, menus before and a footer after', async () => {
    const { document, text } = await parseMore('nea-jiangsu_2018-10-26_zhuce-bangding.web.txt');
    expect(document.toc).toHaveLength(4);
    expect(text).not.toMatch(CHROME);
    expect(text).not.toMatch(/设为首页|扫一扫|主办单位|邮编/u);
  });

  it('农业农村部公报 2021年第5期: a 印发 notice, the plan it issues, 33 attachments, split digits', async () => {
    const { parsed, document, text } = await parseMore('moa-gongbao_2021-05_dongwu-yibing-jiance.web-excerpt.txt');
    expect(parsed.issue.pages).toEqual([]);
    const [plan] = document.toc;
    expect(children(plan?.children[1])).toEqual([
      '（一）主动监测与被动监测相结合',
      '（二）监测与流行病学调查相结合',
      '（三）调查监测与区域化管理相结合',
      '（四）病原监测与抗体监测相结合',
    ]);
    // 三、's （一）…（四） are long sentences: items, not headings.
    expect(children(plan?.children[2])).toEqual([]);
    expect(children(plan?.children[3])).toEqual([
      '（一）监测结果报送和信息反馈',
      '（二）流行病学调查和外来动物疫病监测结果报送',
    ]);
    expect(document.attachments).toHaveLength(33);
    expect(document.attachments[0]).toMatchObject({ label: '附件1', title: '非洲猪瘟监测计划' });
    expect(document.attachments[0]?.blockIndex).not.toBeNull();
    expect(document.attachments[20]?.title).toBe('高致病性禽流感无疫区和无疫小区监测计划');
    expect(document.attachments[32]?.title).toBe('相关国家兽医参考（专业、区域）实验室名单');
    // Digits and Latin the extractor broke onto their own lines are back in their sentences.
    expect(text).toContain('《国家动物疫病监测与流行病学调查计划（2021—2025年）》，现印发你们');
    expect(text).toContain('农业部公告第898号等规定');
    expect(text).toContain('在每月20日前');
    expect(text).toContain('家禽H5和H7亚型流感');
    expect(text).toContain('采用PCR或实时荧光PCR检测');
    expect(document.references.map((reference) => reference.docNumber)).toContain('财农〔2020〕10号');
    expect(text).not.toMatch(CHROME);
    expect(text).not.toMatch(/^(?:中文|English|搜索|机构|新闻)$/mu);
  });
});

describe('a web page with a signed 解读 appended (composed, see SOURCES.md)', () => {
  it("沪发改能源〔2021〕3号: the page metadata is the notice's, the 解读 a document of its own", async () => {
    const parsed = await parseIssueFile(corpusPath('more/composed_hufagainengyuan-2021-3_with-jiedu.web.txt'));
    expectConsistentModel(parsed);
    // The 文号 is printed only in the page's metadata row, not in the body (the outline is in moreOutlines.ts).
    expect(parsed.documents.map((document) => document.docNumber)).toEqual(['沪发改能源〔2021〕3号', null]);
    for (const document of parsed.documents) expect(documentText(document)).not.toMatch(CHROME);
  });
});

describe('Markdown with YAML front matter', () => {
  it('奉柘府〔2023〕22号: the 文号 only in the front matter, a 办法 of 第X章/第X条 after the notice', async () => {
    const { parsed, document, text } = await parseMore('fengxian-zhelin_fengzhefu-2023-22_wenwu-banfa.md');
    expect(parsed.source.format).toBe('markdown');
    expect(document.genre).toBe('通知');
    const chapters = document.toc[0]?.children ?? [];
    expect(chapters.reduce((sum, chapter) => sum + chapter.children.length, 0)).toBe(43);
    expect(document.blocks.find((block) => block.kind === 'title')?.text).toBe(document.title);
    // The front matter is metadata, and Markdown marks are not text.
    expect(text).not.toMatch(/标题:|文号:|官方链接:|层级|^---|^#|\]\(|https:/mu);
    expect(text).toContain('以官方链接发布版本为准');
    expect(text).toContain('特此通知');
  });
});

describe('PDFs', () => {
  it('宪法 re-typeset: a remark run into the title, a 目录 with dot leaders, 章/节/条', async () => {
    const { parsed, document } = await parseMore('npc_2018_xianfa_relaid-out.pdf');
    expect(parsed.issue.pages).toHaveLength(24);
    expect(document.blocks[1]).toMatchObject({ kind: 'note' });
    expect(document.blocks[1]?.text).toMatch(/^（1982年12月4日第五届全国人民代表大会第五次会议通过/u);
    // 序言 is a root of its own, unnumbered, with its text and no articles under it.
    expect(document.toc[0]).toMatchObject({ label: '', text: '序言', children: [] });
    const chapterThree = document.toc.find((entry) => entry.label === '第三章');
    expect(children(chapterThree).filter((entry) => !entry.endsWith('条'))).toEqual([
      '第一节全国人民代表大会',
      '第二节中华人民共和国主席',
      '第三节国务院',
      '第四节中央军事委员会',
      '第五节地方各级人民代表大会和地方各级人民政府',
      '第六节民族自治地方的自治机关',
      '第七节监察委员会',
      '第八节人民法院和人民检察院',
    ]);
    // The printed 目录 is one contents block (目录 and its 13 entries: 序言, four 章, eight 节), not text or headings.
    const contents = document.blocks.filter((block) => block.kind === 'contents');
    expect(contents).toHaveLength(1);
    expect(contents[0]?.text.split('\n')).toHaveLength(14);
    // 143 articles, each under its chapter or section.
    const articles = (entries: readonly TocEntry[]): number =>
      entries.reduce((sum, entry) => sum + (entry.label.endsWith('条') ? 1 : 0) + articles(entry.children), 0);
    expect(articles(document.toc)).toBe(143);
  }, 60_000);

  it('诊疗方案（试行第九版）: one document without 文号, 一、…十六、', async () => {
    const { parsed, document } = await parseMore('nhc_2022-03_zhenliao-v9.pdf');
    expect(parsed.issue.pages).toHaveLength(31);
    expect(document.genre).toBe('方案');
  }, 60_000);
});
