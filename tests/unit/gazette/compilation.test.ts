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
        issuer: document.issuer,
        addressee: document.addressee,
        signedOn: document.signedOn,
        headings: document.toc.map((entry) => `${entry.label}${entry.text}`),
      })),
    ).toEqual([
      {
        title: '国务院办公厅关于加强饮用水安全保护工作的通知',
        issuer: '国务院办公厅',
        addressee: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构',
        signedOn: '2005-08-17',
        headings: ['一、提高认识', '二、加强监管'],
      },
      {
        title: '国务院办公厅关于做好2009年春节期间有关工作的通知',
        issuer: '国务院办公厅',
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
