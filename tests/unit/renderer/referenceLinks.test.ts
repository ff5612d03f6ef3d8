import { describe, expect, it } from 'vitest';
import type { IssueSummary } from '../../../src/shared/api';
import { docNumberIndex, linkReferences } from '../../../src/renderer/logic/referenceLinks';

const issue = (documents: { id: string; docNumber: string | null }[]): IssueSummary => ({
  id: 'issue-1',
  gazette: null,
  year: 2022,
  number: null,
  fileName: 'a.txt',
  importedAt: '2022-07-01T00:00:00Z',
  documents: documents.map((d) => ({ ...d, title: 't', issuer: null, signedOn: null, genre: null })),
});

describe('reference links', () => {
  const index = docNumberIndex([
    issue([
      { id: 'doc-a', docNumber: '国发〔2020〕8号' },
      { id: 'doc-b', docNumber: '济政发 [2022] 7号' },
      { id: 'doc-c', docNumber: null },
    ]),
  ]);

  it('indexes the library by normalised 发文字号', () => {
    expect(index.get('国发〔2020〕8号')).toBe('doc-a');
    expect(index.get('济政发〔2022〕7号')).toBe('doc-b');
    expect(index.size).toBe(2);
  });

  it('links only the citations of documents in the library, and never the document to itself', () => {
    const references = [
      { docNumber: '国发〔2020〕8号', start: 10, end: 20 },
      { docNumber: '鲁政发〔2021〕19号', start: 30, end: 42 },
      { docNumber: '济政发〔2022〕7号', start: 50, end: 60 },
    ];
    expect(linkReferences(references, index, 'doc-b')).toEqual([
      { docNumber: '国发〔2020〕8号', start: 10, end: 20, targetDocId: 'doc-a' },
    ]);
  });
});
