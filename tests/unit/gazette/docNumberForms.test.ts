/** Issue 11 item 2: the 发文字号 as sites and exporters print it, always stored in one normalised spelling. */
import { describe, expect, it } from 'vitest';
import { docNumberLine } from '../../../src/main/gazette/headerLines';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import { normalizeDocNumber } from '../../../src/shared/docNumber';
import { expectConsistentModel } from '../../helpers/modelChecks';

const TITLE = '卫生部关于印发《医疗机构临床用血管理办法》的通知';
const BODY = [
  '各省、自治区、直辖市卫生厅局：',
  '现将《医疗机构临床用血管理办法》印发给你们，请遵照执行。',
  '卫生部',
  '2001年10月10日',
];

async function onlyDocument(lines: string[]): Promise<{ title: string; docNumber: string | null; text: string }> {
  const parsed = await parseIssueBuffer(new TextEncoder().encode(lines.join('\n')), 'notice.txt');
  expectConsistentModel(parsed);
  expect(parsed.documents).toHaveLength(1);
  const [document] = parsed.documents;
  return {
    title: document?.title ?? '',
    docNumber: document?.docNumber ?? null,
    text: document?.blocks.map((block) => block.text).join('\n') ?? '',
  };
}

describe('发文字号 forms', () => {
  it.each([
    ['卫医发﹝2001﹞169 号', '卫医发〔2001〕169号'],
    ['卫医发 [2001] 169 号', '卫医发〔2001〕169号'],
    ['卫医发(2001)169号', '卫医发〔2001〕169号'],
  ])('%s is %s', (printed, normalised) => {
    expect(normalizeDocNumber(printed)).toBe(normalised);
  });

  it.each([
    ['文号：沪发改规范〔2019〕7号', '沪发改规范〔2019〕7号'],
    ['发文字号: 国发[2019]5号', '国发〔2019〕5号'],
    ['（卫医发〔2001〕169 号）', '卫医发〔2001〕169号'],
    ['(卫医发﹝2001﹞169号)', '卫医发〔2001〕169号'],
  ])('the line %s is the number %s', (line, normalised) => {
    expect(docNumberLine(line)).toBe(normalised);
  });

  it('is not a sentence that cites a number', () => {
    expect(docNumberLine('（详见卫医发〔2001〕169号文件）')).toBeNull();
    expect(docNumberLine('文号：见附件')).toBeNull();
  });

  it('in brackets on the line under the title', async () => {
    const document = await onlyDocument([TITLE, '（卫医发〔2001〕169 号）', ...BODY]);
    expect(document).toMatchObject({ title: TITLE, docNumber: '卫医发〔2001〕169号' });
  });

  it('in brackets after the title on its line', async () => {
    const document = await onlyDocument([`${TITLE}（卫医发〔2001〕169 号）`, ...BODY]);
    expect(document).toMatchObject({ title: TITLE, docNumber: '卫医发〔2001〕169号' });
    expect(document.text.startsWith(`${TITLE}\n卫医发〔2001〕169号\n`)).toBe(true);
  });

  it('as a labelled line', async () => {
    const document = await onlyDocument([TITLE, '发文字号：卫医发﹝2001﹞169号', ...BODY]);
    expect(document).toMatchObject({ title: TITLE, docNumber: '卫医发〔2001〕169号' });
  });

  it.each([[['卫医发〔', '2001〕169号']], [['卫医发', '〔2001〕169号']]])(
    'with the year split from its bracket over a line break: %j',
    async (split) => {
      const document = await onlyDocument([TITLE, ...split, ...BODY]);
      expect(document).toMatchObject({ title: TITLE, docNumber: '卫医发〔2001〕169号' });
    },
  );
});
