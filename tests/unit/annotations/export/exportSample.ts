/** A small hand-made export set (two documents, four annotations) whose every format is written out by hand. */
import type { Annotation, Note } from '../../../../src/shared/annotations/annotation';
import type { AnnotatedDocument } from '../../../../src/shared/annotations/annotationListing';
import type { ExportSet } from '../../../../src/main/annotations/export/exportSet';

const text = (value: string, format = 0): object => ({ type: 'text', text: value, format, version: 1 });
const paragraph = (...children: object[]): object => ({ type: 'paragraph', children, version: 1 });
const bullets = (...items: string[]): object => ({
  type: 'list',
  listType: 'bullet',
  start: 1,
  children: items.map((item, i) => ({ type: 'listitem', value: i + 1, children: [text(item)] })),
});

export function lexicalNote(plain: string, ...blocks: object[]): Note {
  return { version: 1, editorState: JSON.stringify({ root: { type: 'root', children: blocks } }), text: plain };
}

export const soilNotice: AnnotatedDocument = {
  docId: 'd1',
  title: '关于组织开展济南市第三次土壤普查的通知',
  docNumber: '济政发〔2022〕7号',
  issuer: '济南市人民政府',
  signedOn: '2022-06-10',
  genre: '通知',
  issueId: 'i1',
  issueLabel: '济南市人民政府公报 2022年第12/13期',
  year: 2022,
  order: 0,
};

export const cityNotice: AnnotatedDocument = {
  docId: 'd2',
  title: '济南市人民政府办公厅关于加强城市管理的通知',
  docNumber: '济政办字〔2022〕12号',
  issuer: '济南市人民政府办公厅',
  signedOn: '2022-07-01',
  genre: '通知',
  issueId: 'i1',
  issueLabel: '济南市人民政府公报 2022年第12/13期',
  year: 2022,
  order: 1,
};

function annotation(fields: Partial<Annotation> & Pick<Annotation, 'id' | 'docId' | 'docKey'>): Annotation {
  return {
    anchor: null,
    textHash: 'h',
    status: 'anchored',
    color: 'yellow',
    style: 'highlight',
    note: null,
    tags: [],
    createdAt: '2026-11-30T02:00:00.000Z',
    updatedAt: '2026-11-30T02:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

const anchor = (exact: string, start: number): Annotation['anchor'] => ({
  start,
  end: start + exact.length,
  exact,
  prefix: '前文',
  suffix: '后文',
});

export const documentNote = annotation({
  id: 'n1',
  docId: 'd1',
  docKey: 'k1',
  note: lexicalNote('请各区县对照落实。', paragraph(text('请'), text('各区县', 1), text('对照落实。'))),
});
export const firstHighlight = annotation({
  id: 'h1',
  docId: 'd1',
  docKey: 'k1',
  anchor: anchor('全面掌握土壤资源情况', 40),
  note: lexicalNote('要点：\n摸清家底\n按期完成', paragraph(text('要点：')), bullets('摸清家底', '按期完成')),
  tags: ['土壤', '待办'],
});
export const citingHighlight = annotation({
  id: 'h2',
  docId: 'd1',
  docKey: 'k1',
  anchor: anchor('根据国发〔2022〕4号文件要求', 90),
  color: 'red',
  status: 'doubtful',
});
export const plainHighlight = annotation({
  id: 'h3',
  docId: 'd2',
  docKey: 'k2',
  anchor: anchor('a*b', 5),
  color: 'green',
  note: { version: 1, editorState: '{', text: '第一行\n第二行' },
  createdAt: '2026-12-01T03:00:00.000Z',
  updatedAt: '2026-12-01T04:00:00.000Z',
});

export const sampleSet: ExportSet = {
  title: '我的批注',
  exportedAt: '2026-12-02T01:30:00.000Z',
  count: 4,
  documents: [
    {
      document: soilNotice,
      docKey: 'k1',
      note: documentNote,
      highlights: [
        { annotation: firstHighlight, page: '3', codePoints: { start: 40, end: 50 } },
        { annotation: citingHighlight, page: '4', codePoints: { start: 90, end: 106 } },
      ],
    },
    {
      document: cityNotice,
      docKey: 'k2',
      note: null,
      highlights: [{ annotation: plainHighlight, page: null, codePoints: null }],
    },
  ],
};
