/** A library of hand-made documents whose text a test can change, remove and bring back under another id. */
import type { OpenedDocument } from '../../../src/shared/api';
import type { GazetteDocument } from '../../../src/shared/model';
import { ServiceError } from '../../../src/main/apiErrors';

export interface FakeDocument {
  text: string;
  docNumber?: string | null;
  title?: string;
}

export function gazetteDocument(id: string, doc: FakeDocument): GazetteDocument {
  let offset = 0;
  const blocks = doc.text.split('\n').map((line) => {
    const block = { kind: 'paragraph' as const, text: line, start: offset, end: offset + line.length, page: null };
    offset += line.length + 1;
    return block;
  });
  return {
    id,
    issuers: ['济南市人民政府'],
    title: doc.title ?? '关于组织开展济南市第三次土壤普查的通知',
    docNumber: doc.docNumber === undefined ? '济政发〔2022〕7号' : doc.docNumber,
    addressee: null,
    signedOn: '2022-06-10',
    printedOn: null,
    genre: '通知',
    attachments: [],
    toc: [],
    blocks,
    references: [],
  };
}

export function fakeLibrary(initial: Record<string, FakeDocument> = {}): {
  documents: Map<string, FakeDocument>;
  getDocument(docId: string): Promise<OpenedDocument>;
} {
  const documents = new Map(Object.entries(initial));
  return {
    documents,
    getDocument(docId) {
      const doc = documents.get(docId);
      if (!doc) return Promise.reject(new ServiceError('not-found', '找不到该文件，它可能已从文库中移除。'));
      return Promise.resolve({
        issue: { gazette: null, year: null, number: null, pages: [], id: 'issue', fileName: 'issue.txt' },
        document: gazetteDocument(docId, doc),
      });
    },
  };
}

/** The first lines of the sample's first document, as its canonical text. */
export const SOIL_NOTICE = [
  '济南市人民政府',
  '关于组织开展济南市第三次土壤普查的通知',
  '济政发〔2022〕7号',
  '各区县人民政府，市政府有关部门（单位）：',
  '为贯彻落实国家、省关于组织开展第三次土壤普查的工作部署，全面掌握土壤资源情况，经市政府同意，决定组织开展济南市第三次土壤普查。现将有关事项通知如下：',
  '一、普查目的',
  '全面查明查清土壤类型及分布规律、土壤资源现状及变化趋势，真实准确掌握土壤质量、性状和利用状况等基础数据。',
].join('\n');
