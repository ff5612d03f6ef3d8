/** The name 导出批注 suggests: what the file holds and the reader's day. */
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../src/main/annotations/export/exportFileName';
import type { AnnotatedDocument, AnnotationEntry } from '../../../../src/shared/annotations/annotationListing';
import { plainHighlight } from './exportSample';

// 2026-12-01 17:30 UTC is already 2026-12-02 in Beijing, where the reader is.
process.env.TZ = 'Asia/Shanghai';
const AT = '2026-12-01T17:30:00.000Z';

const document = (docId: string, title: string, docNumber: string | null): AnnotatedDocument => ({
  docId,
  title,
  docNumber,
  issuer: null,
  signedOn: null,
  genre: null,
  issueId: 'issue',
  issueLabel: '济南市人民政府公报 2022年第12/13期',
  year: 2022,
  order: 0,
});
const entries: AnnotationEntry[] = [
  {
    annotation: plainHighlight,
    document: document('soil', '关于组织开展济南市第三次土壤普查的通知', '济政发〔2022〕7号'),
  },
  { annotation: plainHighlight, document: document('plan', '关于印发“十四五”规划的通知', null) },
  { annotation: plainHighlight, document: document('odd', '关于a/b:c*d?"e"<f>|g的通知\t（修订）', null) },
];

describe('the export file name', () => {
  it('names one document by its 文号, else its title, on the reader’s day', () => {
    expect(exportFileName({ docIds: ['soil'] }, entries, AT, 'md')).toBe('批注-济政发〔2022〕7号-2026-12-02.md');
    expect(exportFileName({ docIds: ['plan'] }, entries, AT, 'html')).toBe(
      '批注-关于印发“十四五”规划的通知-2026-12-02.html',
    );
  });

  it('names a tag, several documents, or everything', () => {
    expect(exportFileName({ tag: '待办' }, entries, AT, 'json')).toBe('批注-标签-待办-2026-12-02.json');
    expect(exportFileName({ docIds: ['soil', 'plan'] }, entries, AT, 'csv')).toBe('批注-2篇文件-2026-12-02.csv');
    expect(exportFileName({}, entries, AT, 'md', '-汇编')).toBe('我的批注-汇编-2026-12-02.md');
  });

  it('makes a name every system accepts from any title', () => {
    expect(exportFileName({ docIds: ['odd'] }, entries, AT, 'md')).toBe(
      '批注-关于a_b_c_d__e__f__g的通知 （修订）-2026-12-02.md',
    );
    const long = [{ annotation: plainHighlight, document: document('long', '长'.repeat(300), null) }];
    expect(exportFileName({ docIds: ['long'] }, long, AT, 'md')).toBe(`批注-${'长'.repeat(77)}-2026-12-02.md`);
  });
});
