/** Issue 11 item 4: several documents in one file with no 文号 lines, split on the shape of a 公文. */
import { describe, expect, it } from 'vitest';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import { expectConsistentModel } from '../../helpers/modelChecks';

const compilation = [
  '国务院办公厅关于加强饮用水安全保护工作的通知',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '饮用水安全直接关系到广大人民群众的健康。现就有关事项通知如下。',
  '一、提高认识',
  '各地区要充分认识做好饮用水安全保护工作的重要性。',
  '二、加强监管',
  '各有关部门要按照职责分工，加强对饮用水水源的监管。',
  '国务院办公厅',
  '二〇〇五年八月十七日',
  '说明',
  '本通知自印发之日起施行，由国务院办公厅负责解释。',
  '国务院办公厅关于做好2009年春节期间有关工作的通知',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '2009年春节即将来临，为做好节日期间各项工作，现通知如下。',
  '一、保障市场供应',
  '各地区要做好生活必需品的生产和调运。',
  '国务院办公厅',
  '二〇〇九年一月十九日',
];

describe('a compilation without 文号', () => {
  it('is split into its documents by their shape', async () => {
    const parsed = await parseIssueBuffer(new TextEncoder().encode(compilation.join('\n')), 'compilation.txt');
    expectConsistentModel(parsed);
    expect(
      parsed.documents.map((document) => ({
        title: document.title,
        issuers: document.issuers,
        addressee: document.addressee,
        signedOn: document.signedOn,
        headings: document.toc.map((entry) => `${entry.label}${entry.text}`),
      })),
    ).toEqual([
      {
        title: '国务院办公厅关于加强饮用水安全保护工作的通知',
        issuers: ['国务院办公厅'],
        addressee: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构',
        signedOn: '2005-08-17',
        headings: ['一、提高认识', '二、加强监管'],
      },
      {
        title: '国务院办公厅关于做好2009年春节期间有关工作的通知',
        issuers: ['国务院办公厅'],
        addressee: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构',
        signedOn: '2009-01-19',
        headings: ['一、保障市场供应'],
      },
    ]);
    // The appended 说明 has no title and addressee of its own: it belongs to the first notice.
    expect(parsed.documents[0]?.blocks.map((block) => block.text)).toContain(
      '本通知自印发之日起施行，由国务院办公厅负责解释。',
    );
  });
});

const notice = [
  '济南市人民政府关于印发济南市城市供水管理办法的通知',
  '各区县人民政府，市政府各部门：',
  '现将《济南市城市供水管理办法》印发给你们，请认真贯彻执行。',
  '济南市人民政府',
  '2022年11月30日',
];

async function parseLines(lines: string[]): Promise<Awaited<ReturnType<typeof parseIssueBuffer>>> {
  const parsed = await parseIssueBuffer(new TextEncoder().encode(lines.join('\n')), 'notice.txt');
  expectConsistentModel(parsed);
  return parsed;
}

describe('an appended 说明, 解读 or 附件', () => {
  it('with its own title and signature is a document of its own', async () => {
    const parsed = await parseLines([
      ...notice,
      '关于《济南市城市供水管理办法》的政策解读',
      '一、制定背景',
      '为加强城市供水管理，保障城市生活、生产用水，制定本办法。',
      '二、主要内容',
      '本办法共五章三十条，明确了供水水质、供水设施和用水管理等要求。',
      '济南市城乡水务局',
      '2022年12月5日',
    ]);
    expect(
      parsed.documents.map((document) => ({
        title: document.title,
        issuers: document.issuers,
        signedOn: document.signedOn,
        headings: document.toc.map((entry) => `${entry.label}${entry.text}`),
      })),
    ).toEqual([
      {
        title: '济南市人民政府关于印发济南市城市供水管理办法的通知',
        issuers: ['济南市人民政府'],
        signedOn: '2022-11-30',
        headings: [],
      },
      {
        title: '关于《济南市城市供水管理办法》的政策解读',
        issuers: ['济南市城乡水务局'],
        signedOn: '2022-12-05',
        headings: ['一、制定背景', '二、主要内容'],
      },
    ]);
  });

  it('with a label, its own title and signature is a document of its own', async () => {
    const parsed = await parseLines([
      ...notice,
      '附件',
      '关于《济南市城市供水管理办法》的起草说明',
      '为规范城市供水管理，市城乡水务局起草了本办法，经市政府常务会议研究通过。',
      '济南市城乡水务局',
      '2022年11月20日',
    ]);
    expect(parsed.documents.map((document) => [document.title, document.issuers, document.signedOn])).toEqual([
      ['济南市人民政府关于印发济南市城市供水管理办法的通知', ['济南市人民政府'], '2022-11-30'],
      ['关于《济南市城市供水管理办法》的起草说明', ['济南市城乡水务局'], '2022-11-20'],
    ]);
  });

  it('without a signature of its own stays with the document before it', async () => {
    const parsed = await parseLines([
      ...notice,
      '关于《济南市城市供水管理办法》的政策解读',
      '本办法明确了供水水质、供水设施和用水管理等要求。',
    ]);
    expect(parsed.documents.map((document) => document.title)).toEqual([
      '济南市人民政府关于印发济南市城市供水管理办法的通知',
    ]);
    expect(parsed.documents[0]?.blocks.map((block) => block.text)).toContain(
      '本办法明确了供水水质、供水设施和用水管理等要求。',
    );
  });
});
