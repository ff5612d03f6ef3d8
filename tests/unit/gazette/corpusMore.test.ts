/**
 * Issue 11: the files in tests/fixtures/corpus/more, from other issuers and other kinds of source. Each outline
 * below was written by hand from reading the file (see tests/fixtures/SOURCES.md), not from the parser's output.
 */
import { describe, expect, it } from 'vitest';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { documentText, type GazetteDocument, type ParsedIssue, type TocEntry } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';
import { corpusPath } from '../../helpers/fixtureFiles';

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

describe('text saved from web pages', () => {
  it('沪发改规范〔2019〕7号: 文号 in a metadata row and the body, three issuers signing', async () => {
    const { document, text } = await parseMore('shanghai-fgw_hufagaiguifan-2019-7_qingjie-goudian.web.txt');
    expect(document).toMatchObject({
      docNumber: '沪发改规范〔2019〕7号',
      title: '关于印发《上海市省间清洁购电交易机制实施办法（试行）》的通知',
      issuer: '上海市发展和改革委员会、上海市经济和信息化委员会、国家能源局华东监管局',
      signedOn: '2019-05-30',
      addressee:
        '国网上海市电力公司、上海电力交易中心、上海电力股份公司、华能上海分公司、申能（集团）公司、宝钢股份、上海石化、高桥石化',
      genre: '通知',
    });
    expect(roots(document)).toEqual([]);
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
    expect(document).toMatchObject({
      docNumber: '沪发改能源〔2021〕3号',
      title: '关于转发《国家能源局关于印发<坚强局部电网规划建设实施方案>的通知》的通知',
      issuer: '上海市发展和改革委员会',
      signedOn: '2021-01-05',
      addressee: '各有关单位',
    });
    expect(roots(document)).toEqual(['1、加强组织学习，提高思想认识', '2、明确责任分工，狠抓任务落实']);
    expect(document.attachments.map((attachment) => attachment.title)).toEqual([
      '《国家能源局关于印发<坚强局部电网规划建设实施方案>的通知》（国能发电力〔2020〕40号）',
    ]);
    expect(text).not.toMatch(CHROME);
    expect(text).not.toContain('相关附件');
    expect(text).toContain('特此通知。');
  });

  it('国家能源局江苏监管办公室: no 文号, menus before and a footer after', async () => {
    const { document, text } = await parseMore('nea-jiangsu_2018-10-26_zhuce-bangding.web.txt');
    expect(document).toMatchObject({
      docNumber: null,
      title: '关于做好2019年电力市场化交易注册绑定有关工作的通知',
      issuer: '国家能源局江苏监管办公室',
      signedOn: '2018-10-26',
      addressee: '省电力公司，江苏电力交易中心，各售电公司、电力用户',
    });
    expect(roots(document)).toEqual([
      '一、简化三方合同要求',
      '二、简化业务办理手续',
      '三、优化提升服务水平',
      '四、加强事中事后监管',
    ]);
    // The four （一）… under 二、 are a list of documents ending with ；, not headings.
    expect(children(document.toc[1])).toEqual([]);
    expect(children(document.toc[2])).toEqual(['（一）统一业务办理流程', '（二）严格办结时限', '（三）加强政策宣贯']);
    expect(text).not.toMatch(CHROME);
    expect(text).not.toMatch(/设为首页|扫一扫|主办单位|邮编/u);
  });

  it('农业农村部公报 2021年第5期: a 印发 notice, the plan it issues, 33 attachments, split digits', async () => {
    const { parsed, document, text } = await parseMore('moa-gongbao_2021-05_dongwu-yibing-jiance.web-excerpt.txt');
    expect(parsed.issue.pages).toEqual([]);
    expect(document).toMatchObject({
      docNumber: null,
      title: '农业农村部关于印发《国家动物疫病监测与流行病学调查计划（2021—2025年）》的通知',
      issuer: '农业农村部',
      signedOn: '2021-04-13',
      addressee:
        '各省、自治区、直辖市及计划单列市农业农村（农牧、畜牧兽医）厅（局、委），新疆生产建设兵团农业农村局，部属有关事业单位，各有关单位',
    });
    expect(roots(document)).toEqual(['国家动物疫病监测与流行病学调查计划（2021—2025年）', '附件1非洲猪瘟监测计划']);
    const [plan, firstAttachment] = document.toc;
    expect(children(plan)).toEqual([
      '一、总体要求',
      '二、基本原则',
      '三、职责分工',
      '四、结果报送和信息反馈',
      '五、保障措施',
    ]);
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
    expect(children(firstAttachment)).toEqual([
      '一、监测目的',
      '二、监测范围',
      '三、监测对象',
      '四、监测时间',
      '五、监测方法',
      '六、监测数量',
      '七、检测方法',
      '八、判定标准',
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
    const [notice, reading] = parsed.documents;
    expect(parsed.documents).toHaveLength(2);
    // The 文号 is printed only in the page's metadata row, not in the body.
    expect(notice).toMatchObject({
      docNumber: '沪发改能源〔2021〕3号',
      title: '关于转发《国家能源局关于印发<坚强局部电网规划建设实施方案>的通知》的通知',
      issuer: '上海市发展和改革委员会',
      signedOn: '2021-01-05',
      addressee: '各有关单位',
    });
    expect(roots(notice)).toEqual(['1、加强组织学习，提高思想认识', '2、明确责任分工，狠抓任务落实']);
    expect(reading).toMatchObject({
      docNumber: null,
      title: '关于《关于转发〈国家能源局关于印发坚强局部电网规划建设实施方案的通知〉的通知》的解读',
      issuer: '上海市发展和改革委员会',
      signedOn: '2021-01-07',
      addressee: null,
    });
    expect(roots(reading)).toEqual(['一、出台背景', '二、主要内容']);
    for (const document of parsed.documents) expect(documentText(document)).not.toMatch(CHROME);
  });
});

describe('Markdown with YAML front matter', () => {
  it('奉柘府〔2023〕22号: the 文号 only in the front matter, a 办法 of 第X章/第X条 after the notice', async () => {
    const { parsed, document, text } = await parseMore('fengxian-zhelin_fengzhefu-2023-22_wenwu-banfa.md');
    expect(parsed.source.format).toBe('markdown');
    expect(document).toMatchObject({
      docNumber: '奉柘府〔2023〕22号',
      title: '上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护管理办法》的通知',
      issuer: '奉贤区柘林镇人民政府',
      signedOn: '2023-10-13',
      addressee: '各相关单位、部门',
      genre: '通知',
    });
    expect(roots(document)).toEqual(['柘林镇文物保护管理办法']);
    const chapters = document.toc[0]?.children ?? [];
    expect(chapters.map(entryText)).toEqual([
      '第一章总则',
      '第二章不可移动文物',
      '第三章考古发掘',
      '第四章馆藏文物',
      '第五章文物流通和利用',
      '第六章法律责任',
      '第七章附则',
    ]);
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
    expect(document).toMatchObject({ docNumber: null, title: '中华人民共和国宪法', issuer: null, addressee: null });
    expect(document.blocks[1]).toMatchObject({ kind: 'note' });
    expect(document.blocks[1]?.text).toMatch(/^（1982年12月4日第五届全国人民代表大会第五次会议通过/u);
    expect(roots(document)).toEqual([
      '序言',
      '第一章总纲',
      '第二章公民的基本权利和义务',
      '第三章国家机构',
      '第四章国旗、国歌、国徽、首都',
    ]);
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
    expect(document).toMatchObject({ docNumber: null, title: '新型冠状病毒肺炎诊疗方案（试行第九版）', genre: '方案' });
    expect(roots(document)).toEqual([
      '一、病原学特点',
      '二、流行病学特点',
      '三、病理改变',
      '四、临床特点',
      '五、诊断',
      '六、临床分型',
      '七、重型/危重型高危人群',
      '八、重型/危重型早期预警指标',
      '九、鉴别诊断',
      '十、病例的发现与报告',
      '十一、治疗',
      '十二、护理',
      '十三、解除隔离管理、出院标准及解除隔离管理、出院后注意事项',
      '十四、转运原则',
      '十五、医疗机构内感染预防与控制',
      '十六、预防',
    ]);
    expect(children(document.toc[1])).toEqual(['（一）传染源', '（二）传播途径', '（三）易感人群']);
  }, 60_000);
});
