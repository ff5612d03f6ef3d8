/** Issue 11: attachment names keep their file extension's dot (`实施方案.docx`), in the text and in the 附件 list. */
import { describe, expect, it } from 'vitest';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import { documentText } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';

describe('attachment file names', () => {
  it('keep their extension and are listed one by one', async () => {
    const lines = [
      '济南市人民政府办公厅关于开展2023年度政务公开评估工作的通知',
      '各区县人民政府，市政府各部门：',
      '现将评估工作有关事项通知如下，请按要求报送材料。',
      '附件:1.评估工作方案.docx',
      '2.自评情况汇总表.XLSX',
      '3.报送说明.pdf',
      '济南市人民政府办公厅',
      '2023年3月1日',
    ];
    const parsed = await parseIssueBuffer(new TextEncoder().encode(lines.join('\n')), 'notice.txt');
    expectConsistentModel(parsed);
    const [document] = parsed.documents;
    expect(document?.attachments.map((attachment) => attachment.title)).toEqual([
      '评估工作方案.docx',
      '自评情况汇总表.XLSX',
      '报送说明.pdf',
    ]);
    expect(document && documentText(document)).not.toMatch(/。(?:docx|XLSX|pdf)/u);
  });
});
