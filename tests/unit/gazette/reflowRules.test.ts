/** Issue 11 items 6 and 7: headings and sentences that line breaks or reflowing broke apart or glued together. */
import { describe, expect, it } from 'vitest';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import { gluedHeadingWords } from '../../../src/main/gazette/headings';
import type { GazetteDocument, TocEntry } from '../../../src/shared/model';
import { readFixtureText } from '../../helpers/fixtureFiles';
import { reflowed } from '../../helpers/fixtureVariants';
import { expectConsistentModel } from '../../helpers/modelChecks';

async function parseLines(lines: string[]): Promise<GazetteDocument> {
  const parsed = await parseIssueBuffer(new TextEncoder().encode(lines.join('\n')), 'plan.txt');
  expectConsistentModel(parsed);
  const [document] = parsed.documents;
  if (!document) throw new Error('no document');
  return document;
}

const outline = (document: GazetteDocument): string[] =>
  document.toc.flatMap((entry) => [
    `${entry.label}${entry.text}`,
    ...entry.children.map((child) => `  ${child.label}${child.text}`),
  ]);

const INTRO = [
  '各区县人民政府：',
  '为做好安全生产工作，现就有关事',
  '项通知如下：坚持安全第一、预防',
  '为主、综合治理的方针，全面落实',
  '安全生产责任，推动各项工作。',
];

describe('a run-in （一） right after a standalone 二、 heading line', () => {
  it('stays a heading of its own when the 二、 line fills the column', async () => {
    const document = await parseLines([
      ...INTRO,
      '二、加强组织领导强化统筹协调',
      '（一）建立机制。耕地、园地、林',
      '地、草地等农用地和部分未利用地',
      '的土壤，全面查清土壤状况。',
      '（二）普查内容。主要包括土壤性',
      '状普查、土壤类型普查和土壤立地',
      '条件普查等内容。',
    ]);
    expect(outline(document)).toEqual(['二、加强组织领导强化统筹协调', '  （一）建立机制', '  （二）普查内容']);
  });
});

describe('a heading glued to its paragraph by reflowing', () => {
  const plan = [
    '济南市新型城镇化规划',
    '目录',
    '一、总体要求',
    '二、推进基础设施提质升级',
    '三、保障措施',
    '一、总体要求',
    '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动新型城镇化高质量发展。',
    '二、推进基础设施提质升级以新型城镇建设为依托，加快推进市政公用设施建设，提升城市综合承载能力和运行效率，促进城乡融合发展。',
    '（一）完善交通网络。加快轨道交通建设。',
    '（二）提升供水能力。推进水源工程建设。',
    '三、保障措施',
    '各部门要加强协作，确保各项任务落到实处。',
  ];

  it('is split where the printed 目录 says its words end', async () => {
    const document = await parseLines(plan);
    expect(outline(document)).toEqual([
      '一、总体要求',
      '二、推进基础设施提质升级',
      '  （一）完善交通网络',
      '  （二）提升供水能力',
      '三、保障措施',
    ]);
    expect(
      document.blocks.some((block) => block.text.startsWith('二、推进基础设施提质升级以新型城镇建设为依托，')),
    ).toBe(true);
  });

  it('without a 目录 never gives an empty entry or a whole paragraph', async () => {
    const document = await parseLines(plan.filter((_, index) => index < 1 || index > 4));
    // The heading's words end at its last heading word (提质升级), not at the first comma (…为依托).
    expect(outline(document)).toEqual([
      '一、总体要求',
      '二、推进基础设施提质升级',
      '  （一）完善交通网络',
      '  （二）提升供水能力',
      '三、保障措施',
    ]);
  });

  it('a decimal heading glued to its text keeps its 2.x children', async () => {
    const document = await parseLines([
      '济南市突发事件应急预案',
      '目录',
      '1 总则',
      '2 组织指挥体系及职责分工',
      '3 应急响应',
      '1 总则',
      '1.1 编制目的。为规范突发事件应对工作，制定本预案。',
      '1.2 适用范围。本预案适用于本市行政区域内突发事件的应对工作。',
      '2 组织指挥体系及职责分工市应急指挥部负责全市突发事件应对工作的统一领导、统一指挥，各部门按照职责分工开展工作。',
      '2.1 市指挥部。市指挥部由市政府分管负责同志任总指挥。',
      '2.2 现场指挥部。事发地政府设立现场指挥部。',
      '3 应急响应',
      '3.1 分级响应。按照事件等级启动相应响应。',
      '3.2 响应结束。事件处置完毕后终止响应。',
      '3.3 信息发布。及时准确发布事件信息。',
    ]);
    expect(outline(document)).toEqual([
      '1总则',
      '  1.1编制目的',
      '  1.2适用范围',
      '2组织指挥体系及职责分工',
      '  2.1市指挥部',
      '  2.2现场指挥部',
      '3应急响应',
      '  3.1分级响应',
      '  3.2响应结束',
      '  3.3信息发布',
    ]);
  });
  it('a decimal heading glued to its text without a 目录 still heads its 2.x children', async () => {
    const document = await parseLines([
      '济南市突发事件应急预案',
      '1 总则',
      '1.1 编制目的。为规范突发事件应对工作，制定本预案。',
      '1.2 适用范围。本预案适用于本市行政区域内突发事件的应对工作。',
      '2　组织指挥体系及职责分工市政府设立市应急指挥部，统一领导全市突发事件应对工作，各部门按照职责分工开展工作。',
      '2.1 市指挥部。市指挥部由市政府分管负责同志任总指挥。',
      '2.2 现场指挥部。事发地政府设立现场指挥部。',
      '3 应急响应',
      '3.1 分级响应。按照事件等级启动相应响应。',
      '3.2 响应结束。事件处置完毕后终止响应。',
    ]);
    const entries = document.toc.map((entry) => ({
      label: entry.label,
      children: entry.children.map((child) => `${child.label}${child.text}`),
    }));
    expect(entries).toEqual([
      { label: '1', children: ['1.1编制目的', '1.2适用范围'] },
      { label: '2', children: ['2.1市指挥部', '2.2现场指挥部'] },
      { label: '3', children: ['3.1分级响应', '3.2响应结束'] },
    ]);
    // Without a 目录 its words end at the heading words 体系及职责分工, and never take the paragraph.
    expect(document.toc[1]?.text).toBe('组织指挥体系及职责分工');
    expect(document.blocks.map((block) => block.text)).toContain(
      '2组织指挥体系及职责分工市政府设立市应急指挥部，统一领导全市突发事件应对工作，各部门按照职责分工开展工作。',
    );
  });
});

describe('the words of a glued heading without a 目录', () => {
  it.each([
    [
      '组织指挥体系及职责分工国家药品监管部门负责组织、协调特别重大（Ⅰ级）药品安全事件的应急处置工作；',
      '组织指挥体系及职责分工',
    ],
    ['监测、报告、预警各区县政府应当建立健全监测网络。', '监测、报告、预警'],
    ['资金和物资保障发展改革部门负责统筹安排。', '资金和物资保障'],
    ['应急响应分级按照统一领导、分级负责的原则实施。', '应急响应分级'],
    ['建设现代化产业体系推动制造业高质量发展，', '建设现代化产业体系'],
    // No heading word: the first clause when it is short, and no heading when it is not.
    ['坚持人民至上，全力保障群众生命安全。', '坚持人民至上'],
    ['为进一步加快推进全市各类市场主体高质量发展不断提升城市综合竞争力和影响力现提出如下意见。', null],
  ])('%s → %s', (rest, words) => {
    expect(gluedHeadingWords(rest)).toBe(words);
  });

  it('bound the 药品安全事件应急预案 of the sample issue, reflowed without its 目录', async () => {
    // The sample reflowed to one paragraph per line; the plan's printed 目录 left out (from its first entry to the
    // body's own 1 总则), and the bare 2 heading glued to the paragraph after it, as a reflowing editor does.
    const lines = reflowed(readFixtureText()).split('\n');
    const planTitle = lines.indexOf('济南市药品安全事件应急预案');
    const body = lines.findIndex((line, index) => index > planTitle + 1 && line.trim() === '１　总则');
    const withoutContents = [...lines.slice(0, planTitle + 1), ...lines.slice(body)];
    const two = withoutContents.indexOf('２　组织指挥体系及职责分工');
    expect(planTitle).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(planTitle + 1);
    const glued = [
      ...withoutContents.slice(0, two),
      `${withoutContents[two] ?? ''}${withoutContents[two + 1] ?? ''}`,
      ...withoutContents.slice(two + 2),
    ];
    const parsed = await parseIssueBuffer(new TextEncoder().encode(glued.join('\n')), 'jinan.txt');
    expectConsistentModel(parsed);
    const plan = parsed.documents
      .flatMap((document) => document.toc)
      .find((entry) => entry.text === '济南市药品安全事件应急预案');
    const text = (entry: TocEntry | undefined): string => `${entry?.label ?? ''}${entry?.text ?? ''}`;
    expect(plan?.children.map(text)).toEqual([
      '1总则',
      '2组织指挥体系及职责分工',
      '3监测、报告、预警',
      '4应急响应',
      '5善后与总结',
      '6保障措施',
      '7附则',
    ]);
    expect(plan?.children[1]?.children.map(text)).toEqual([
      '2.1市级应急指挥机构',
      '2.2区县级组织指挥机构',
      '2.3工作组设置及职责',
    ]);
  });
});
