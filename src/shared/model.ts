/**
 * The canonical document model: what structure recovery produces and what the reader, the search index and
 * annotation anchors all stand on. Stored as JSON in the library, so it carries a schema version and is
 * validated when read back (an old or foreign file is migrated or rebuilt, never misread).
 *
 * Canonical text of a document: its blocks' `text` joined with a single "\n", in order. Every `start`/`end`
 * offset in the model (blocks, TOC entries, references) indexes into that string. `documentText()` derives it.
 */
import { z } from 'zod';
import { issuersFromLabel } from './issuers';

export const MODEL_SCHEMA_VERSION = 1;

export const blockKinds = [
  'issuer', // 发文机关 above the title
  'title', // 标题, joined when it wraps
  'docNumber', // 发文字号
  'addressee', // 主送机关, ends with ：
  'paragraph',
  'heading', // a heading on its own line; run-in headings are paragraphs with `heading` set
  'attachmentList', // the 附件：… list after the body
  'signature', // 发文机关署名
  'date', // 成文日期
  'printed', // （2022年6月10日印发）
  'note', // （此件公开发布） and similar parenthesised remarks
  'attachmentTitle', // 附件N, opening an attachment section
  'contents', // a plan's own printed 目录, kept as one block
  'table', // rows and cells recovered from the layout
  'preformatted', // tabular text whose cells could not be recovered
] as const;
export type BlockKind = (typeof blockKinds)[number];

export const headingSchema = z.object({
  level: z.number().int().min(1).max(6),
  /** The numbering as printed, normalised: `一、`, `（一）`, `1.`, `（1）`, `1.1`, `第一章`, `附件1`. */
  label: z.string(),
  /** The heading's words without the label; for a run-in heading only the part before the first 。/：. */
  text: z.string(),
  /** Offsets of label+text inside the block's text (a run-in heading covers only the start of its paragraph). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /**
   * The title of a document printed inside this one (the plan a 印发 notice issues): a TOC root that every heading
   * after it nests under. An unnumbered heading (`序言`) also has an empty label but is a sibling of its numbered ones.
   */
  section: z.literal(true).optional(),
});
export type Heading = z.infer<typeof headingSchema>;

export const blockSchema = z.object({
  kind: z.enum(blockKinds),
  text: z.string(),
  /** Offsets of this block in the document's canonical text. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** 1-based index into `issue.pages` of the page this block starts on; null when the source has no pages. */
  page: z.number().int().min(1).nullable(),
  heading: headingSchema.optional(),
  /** For `table`: the cells, row by row. The block's text is the cells joined by "\t" and rows by "\n". */
  rows: z.array(z.array(z.string())).optional(),
});
export type Block = z.infer<typeof blockSchema>;

export interface TocEntry {
  level: number;
  label: string;
  text: string;
  blockIndex: number;
  /** Offset of the heading in the canonical text. */
  start: number;
  children: TocEntry[];
}
export const tocEntrySchema: z.ZodType<TocEntry> = z.lazy(() =>
  z.object({
    level: z.number().int().min(1),
    label: z.string(),
    text: z.string(),
    blockIndex: z.number().int().min(0),
    start: z.number().int().min(0),
    children: z.array(tocEntrySchema),
  }),
);

export const referenceSchema = z.object({
  /** The cited 发文字号 in its normalised spelling, e.g. `国发〔2020〕8号`. */
  docNumber: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Reference = z.infer<typeof referenceSchema>;

export const attachmentSchema = z.object({
  /** `附件1`, or `附件` when there is only one. */
  label: z.string(),
  title: z.string(),
  /** The attachmentTitle block that opens it, or null when it is only listed and not printed in the issue. */
  blockIndex: z.number().int().min(0).nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/**
 * Models stored before parser version 5 held one `issuer` string, joint issuers joined by 、: they are read as the
 * list, so a library imported before keeps opening (its documents re-parse when their file is imported again).
 */
function migrateIssuer(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || 'issuers' in value || !('issuer' in value)) return value;
  const { issuer, ...rest } = value;
  return { ...rest, issuers: typeof issuer === 'string' ? issuersFromLabel(issuer) : [] };
}

export const documentSchema = z.preprocess(
  migrateIssuer,
  z.object({
    /** Stable across re-imports of the same file and across parser upgrades that find the same document. */
    id: z.string().min(1),
    /** 发文机关: every issuer, the lead first (see shared/issuers.ts for the one line they show as). */
    issuers: z.array(z.string()),
    title: z.string(),
    docNumber: z.string().nullable(),
    addressee: z.string().nullable(),
    /** 成文日期 and 印发日期 as ISO dates (YYYY-MM-DD). */
    signedOn: z.string().nullable(),
    printedOn: z.string().nullable(),
    /** 文种 read from the title's ending: 通知, 意见, 决定, 批复, 方案, 预案, 规划, 办法, 条例, … */
    genre: z.string().nullable(),
    attachments: z.array(attachmentSchema),
    toc: z.array(tocEntrySchema),
    blocks: z.array(blockSchema),
    references: z.array(referenceSchema),
  }),
);
export type GazetteDocument = z.infer<typeof documentSchema>;

export const pageSchema = z.object({
  /** 1-based position of the page in the source file. */
  index: z.number().int().min(1),
  /** The page number printed on the page (`43`), when it could be read. */
  printed: z.string().nullable(),
});
export type Page = z.infer<typeof pageSchema>;

export const sourceFormats = ['text', 'pdf', 'html', 'markdown'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

export const parsedIssueSchema = z.object({
  schemaVersion: z.literal(MODEL_SCHEMA_VERSION),
  /** Bumped whenever structure recovery changes its output for the same input. */
  parserVersion: z.number().int().min(1),
  source: z.object({
    fileName: z.string(),
    format: z.enum(sourceFormats),
    /** `utf-8`, `utf-16le`, `utf-16be`, `gb18030`; null for PDF. */
    encoding: z.string().nullable(),
    sha256: z.string(),
    bytes: z.number().int().min(0),
  }),
  issue: z.object({
    /** 济南市人民政府公报 */
    gazette: z.string().nullable(),
    year: z.number().int().nullable(),
    /** 期, as printed: `12/13`, `5`. */
    number: z.string().nullable(),
    pages: z.array(pageSchema),
  }),
  documents: z.array(documentSchema),
});
export type ParsedIssue = z.infer<typeof parsedIssueSchema>;

/** The canonical text that every offset in a document refers to. */
export function documentText(doc: Pick<GazetteDocument, 'blocks'>): string {
  return doc.blocks.map((block) => block.text).join('\n');
}
