/** Issue 11: a heading printed without a number (`序言`, `前言`, `附则`) is a TOC entry beside its numbered siblings. */
import { describe, expect, it } from 'vitest';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import type { GazetteDocument, TocEntry } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';

/** A title, then paragraphs each indented by two ideographic spaces, as extracted text prints them. */
async function parseLines([title, ...body]: string[]): Promise<GazetteDocument> {
  const text = [title, ...body.map((line) => `\u3000\u3000${line}`)].join('\n');
  const parsed = await parseIssueBuffer(new TextEncoder().encode(text), 'plan.txt');
  expectConsistentModel(parsed);
  const [document] = parsed.documents;
  if (!document) throw new Error('no document');
  return document;
}

const tree = (entries: readonly TocEntry[]): unknown[] =>
  entries.map((entry) =>
    entry.children.length > 0 ? [`${entry.label}${entry.text}`, tree(entry.children)] : `${entry.label}${entry.text}`,
  );

describe('unnumbered headings', () => {
  it('序言 and 附则 stand beside the chapters, and the chapters keep their own children', async () => {
    const document = await parseLines([
      '济南市民间文化遗产保护条例',
      '序 言',
      '民间文化遗产是中华民族的宝贵财富，保护民间文化遗产是全社会的共同责任。',
      '第一章 总纲',
      '第一条 为了保护民间文化遗产，制定本条例。',
      '第二条 本条例适用于本市行政区域内民间文化遗产的保护。',
      '第二章 保护措施',
      '第三条 市人民政府应当将民间文化遗产保护纳入国民经济和社会发展规划。',
      '附则',
      '本条例自2023年1月1日起施行。',
    ]);
    expect(tree(document.toc)).toEqual([
      '序言',
      ['第一章总纲', ['第一条', '第二条']],
      ['第二章保护措施', ['第三条']],
      '附则',
    ]);
    expect(document.blocks.find((block) => block.text === '序言')).toMatchObject({ kind: 'heading' });
  });

  it('前言 before 一、 is a sibling of 一、, not a root that swallows it', async () => {
    const document = await parseLines([
      '济南市“十四五”生态环境保护规划',
      '前言',
      '“十四五”时期是推动生态环境质量持续改善的关键时期，特编制本规划。',
      '一、发展基础',
      '（一）主要成效。生态环境质量明显改善。',
      '二、总体要求',
      '坚持生态优先、绿色发展。',
    ]);
    expect(tree(document.toc)).toEqual(['前言', ['一、发展基础', ['（一）主要成效']], '二、总体要求']);
  });

  it('a word inside a sentence or a longer line is no heading', async () => {
    const document = await parseLines([
      '济南市城市供水管理办法',
      '一、总体要求',
      '总则规定的内容适用于本办法。',
      '前言部分',
      '二、保障措施',
      '各部门要加强协作。',
    ]);
    expect(tree(document.toc)).toEqual(['一、总体要求', '二、保障措施']);
  });
});
