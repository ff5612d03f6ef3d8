/** Issue 11: a document of joint issuers is found by any of them, and the 批注汇编 files it under its lead. */
import { describe, expect, it } from 'vitest';
import { digestExport } from '../../../src/main/annotations/export/digestExport';
import { filterAnnotations } from '../../../src/shared/annotations/annotationListing';
import { cityNotice, firstHighlight, plainHighlight, sampleSet, soilNotice } from './export/exportSample';

const jointNotice = { ...cityNotice, issuer: '济南市人民政府办公厅、济南市城市管理局' };

describe('joint issuers in 我的批注', () => {
  const entries = [
    { annotation: firstHighlight, document: soilNotice },
    { annotation: plainHighlight, document: jointNotice },
  ];
  const found = (issuers: string[]): string[] =>
    filterAnnotations(entries, { issuers }).map((entry) => entry.annotation.id);

  it('the 发文机关 filter finds the document by any of its issuers, or by their whole line', () => {
    expect(found(['济南市城市管理局'])).toEqual(['h3']);
    expect(found(['济南市人民政府办公厅'])).toEqual(['h3']);
    expect(found(['济南市人民政府办公厅、济南市城市管理局'])).toEqual(['h3']);
    expect(found(['济南市人民政府'])).toEqual(['h1']);
  });

  it('the digest files the document under its lead issuer', () => {
    const set = {
      ...sampleSet,
      documents: sampleSet.documents.map((doc) =>
        doc.document === cityNotice ? { ...doc, document: jointNotice } : doc,
      ),
    };
    const groups = digestExport(set)
      .split('\n')
      .filter((line) => line.startsWith('## '));
    expect(groups).toEqual(['## 济南市人民政府', '## 济南市人民政府办公厅', '## 摘录中引用的文号']);
  });
});
