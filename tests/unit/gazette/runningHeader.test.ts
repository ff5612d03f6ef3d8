/**
 * Issue 14 item 1: a running header is a line that is only furniture and repeats across pages. A line that merely
 * mentions a gazette issue is body text and must never be dropped.
 */
import { describe, expect, it } from 'vitest';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import { documentText } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';

const utf8 = (value: string): Uint8Array => new TextEncoder().encode(value);
const SENTENCE = '本通知全文已在济南市人民政府公报2022年第12期刊登，各单位应当按照刊登文本执行。';

describe('running headers', () => {
  it('keeps a paragraph that mentions a gazette issue', async () => {
    const parsed = await parseIssueBuffer(utf8(`${SENTENCE}\n`), 'notice.txt');
    expectConsistentModel(parsed);
    expect(parsed.documents.map((document) => documentText(document)).join('\n')).toContain('按照刊登文本执行');
    // The issue is not named after a sentence that merely cites a gazette.
    expect(parsed.issue).toMatchObject({ gazette: null, year: null, number: null });
  });

  it('keeps a sentence citing a gazette between real running headers', async () => {
    const header = '市政府办公厅文件　　济南市人民政府公报 (２０２２年第１２/１３期)';
    const body = ['各区县人民政府：', SENTENCE, header, '请认真贯彻执行。', header, '２０２２年６月１０日'];
    const parsed = await parseIssueBuffer(utf8(body.join('\n\n')), 'issue.txt');
    const text = parsed.documents.map((document) => documentText(document)).join('\n');
    expect(text).toContain('按照刊登文本执行');
    expect(text).not.toContain('市政府办公厅文件');
    expect(parsed.issue).toMatchObject({ gazette: '济南市人民政府公报', year: 2022, number: '12/13' });
  });

  it('imports a long single-line file that mentions a gazette issue', async () => {
    const line = `${SENTENCE}${'各单位应当加强组织领导，确保各项措施落实到位。'.repeat(40_000)}`;
    const parsed = await parseIssueBuffer(utf8(line), 'one-line.txt');
    const text = parsed.documents.map((document) => documentText(document)).join('\n');
    expect(text.length).toBeGreaterThanOrEqual(line.length);
  }, 60_000);
});
