/**
 * The one contract between the renderer and the main process. The preload (Electron) and the web adapter
 * (browser against the loopback web host) both implement `GazetteApi` with `satisfies`; main answers every method
 * from one handler table (`src/main/handlerTable.ts`). Each method's request is validated with the zod schema
 * below, and every answer is a `Result`, so no exception ever crosses the process boundary.
 */
import { z } from 'zod';
import type { GazetteDocument, ParsedIssue } from './model';
import { MAX_SEARCH_LIMIT, searchFiltersSchema } from './search/searchFilters';
import { ANNOTATION_COLORS, ANNOTATION_STYLES, noteSchema, tagSchema, textRangeSchema } from './annotations/annotation';
import type { Annotation, DocumentAnnotations, Notice, ProfileList } from './annotations/annotation';
import {
  batchTooLargeMessage,
  fileTooLargeMessage,
  MAX_IMPORT_BATCH_BYTES,
  MAX_IMPORT_FILE_BYTES,
} from './importLimits';
import { annotationFilterSchema } from './annotations/annotationListing';
import type { AnnotationListing } from './annotations/annotationListing';
import { EXPORT_FORMATS } from './annotations/annotationTransfer';
import type { ExportedFile, ImportReport, TagCount } from './annotations/annotationTransfer';

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface ApiError {
  /** Stable machine-readable code, e.g. `invalid-request`, `not-found`, `internal`. */
  code: string;
  /** A sentence for the user, in the interface language. */
  message: string;
}

export interface AppInfo {
  name: string;
  productName: string;
  version: string;
  dataDir: string;
  profile: string;
  /** `electron` in the desktop app, `web` behind the loopback web host. */
  shell: 'electron' | 'web';
}

export interface DocumentSummary {
  id: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  signedOn: string | null;
  genre: string | null;
}

export interface IssueSummary {
  id: string;
  gazette: string | null;
  year: number | null;
  number: string | null;
  fileName: string;
  importedAt: string;
  documents: DocumentSummary[];
}

export interface SearchSnippet {
  text: string;
  /** [start, end) ranges inside `text` to highlight. */
  highlights: [number, number][];
  /** Where `text` starts and the first highlight sits in the document's canonical text. */
  start: number;
  hitStart: number;
  hitEnd: number;
}

export interface SearchHit {
  docId: string;
  issueId: string;
  docNumber: string | null;
  title: string;
  issuer: string | null;
  signedOn: string | null;
  score: number;
  snippets: SearchSnippet[];
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  /** A hint for the user when the query could not be understood or found nothing. */
  message?: string;
}

export interface OpenedDocument {
  issue: Pick<ParsedIssue, 'issue'>['issue'] & { id: string; fileName: string };
  document: GazetteDocument;
}

export const themes = ['light', 'sepia', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** 单页, 双页 (two pages side by side where the window is wide enough), or 自动 (a spread whenever it fits). */
export const pageLayouts = ['single', 'spread', 'auto'] as const;
export type PageLayout = (typeof pageLayouts)[number];

export const FONT_SIZE_MIN = 14;
export const FONT_SIZE_MAX = 30;

export const readerSettingsSchema = z.object({
  /** Body text size in CSS pixels. */
  fontSize: z.number().int().min(FONT_SIZE_MIN).max(FONT_SIZE_MAX),
  theme: z.enum(themes),
  /** Whether the 目录 panel is open beside the page. */
  tocOpen: z.boolean(),
  pageLayout: z.enum(pageLayouts),
  /** Whether 打印 and 导出 PDF include the person's highlights and notes (打印批注). */
  printAnnotations: z.boolean(),
  /** Whether the person folded the library sidebar away to give the page the window's width. */
  sidebarCollapsed: z.boolean(),
});
export type ReaderSettings = z.infer<typeof readerSettingsSchema>;

/** A person's settings until they change one: main's profile store starts from these, and so does the window. */
export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  fontSize: 18,
  theme: 'light',
  tocOpen: true,
  pageLayout: 'auto',
  printAnnotations: false,
  sidebarCollapsed: false,
};

/** Where a person was in a document: an offset into its canonical text, so it survives re-pagination. */
export interface ReadingPosition {
  offset: number;
  updatedAt: string;
}

export type ImportOutcomeStatus = 'imported' | 'updated' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportFileOutcome {
  fileName: string;
  status: ImportOutcomeStatus;
  issueId?: string;
  documents?: number;
  /** Why it failed, for the user. */
  message?: string;
}

export interface ImportJob {
  id: string;
  state: 'running' | 'done' | 'cancelled';
  fileCount: number;
  /** 0-based index of the file being worked on (fileCount when finished). */
  fileIndex: number;
  fileName: string | null;
  /** 0–100 over the whole job. */
  percent: number;
  results: ImportFileOutcome[];
}

/** Commands the desktop menu sends to the page (the web build has no menu, so it never sends any). */
export type MenuCommand = 'import' | 'find';

/** Beyond what the import refuses with its own explanation (importAnnotations.ts), so that one is what people see. */
export const MAX_ANNOTATION_FILE_BYTES = 64 * 1024 * 1024;
export const ANNOTATION_FILE_TOO_LARGE =
  '文件超过 64 MB，不是公报阅读器导出的批注文件。没有导入任何内容，现有批注保持不变。';
const idSchema = z.string().min(1).max(200);
/** 导出批注's scope: some documents, a tag, or everything (no docIds and no tag). */
const exportScopeSchema = z.object({
  docIds: z.array(idSchema).min(1).max(5000).optional(),
  tag: tagSchema.optional(),
});
const totalBytes = (files: readonly { bytes: Uint8Array }[]): number =>
  files.reduce((sum, file) => sum + file.bytes.byteLength, 0);

export const requestSchemas = {
  getAppInfo: z.void(),
  listIssues: z.void(),
  getDocument: z.object({ docId: idSchema }),
  removeIssue: z.object({ issueId: idSchema }),
  /** `query` in the search syntax (parseQuery.ts); `filters` add conditions to those typed in it. */
  search: z.object({
    query: z.string().max(1000),
    filters: searchFiltersSchema.optional(),
    limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
  }),
  startImport: z.object({
    files: z
      .array(
        z.object({
          name: z.string().min(1).max(1000),
          bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_IMPORT_FILE_BYTES, {
            error: (issue) => fileTooLargeMessage((issue.input as Uint8Array).byteLength),
            params: { apiCode: 'too-large' },
          }),
        }),
      )
      .min(1)
      .max(2000)
      .refine((files) => totalBytes(files) <= MAX_IMPORT_BATCH_BYTES, {
        error: (issue) => batchTooLargeMessage(totalBytes(issue.input as { bytes: Uint8Array }[])),
        params: { apiCode: 'too-large' },
      }),
  }),
  getImportJob: z.object({ jobId: idSchema }),
  cancelImport: z.object({ jobId: idSchema }),
  getSettings: z.void(),
  updateSettings: readerSettingsSchema.partial(),
  getReadingPosition: z.object({ docId: idSchema }),
  saveReadingPosition: z.object({ docId: idSchema, offset: z.number().int().min(0) }),
  listAnnotations: z.object({ docId: idSchema }),
  /** With a range: a highlight on that passage. Without: the document note (one per document; saved over). */
  createAnnotation: z.object({
    docId: idSchema,
    range: textRangeSchema.nullable(),
    color: z.enum(ANNOTATION_COLORS),
    style: z.enum(ANNOTATION_STYLES),
    note: noteSchema.nullable(),
  }),
  updateAnnotation: z.object({
    id: idSchema,
    color: z.enum(ANNOTATION_COLORS).optional(),
    style: z.enum(ANNOTATION_STYLES).optional(),
    note: noteSchema.nullable().optional(),
    tags: z.array(tagSchema).max(50).optional(),
    /**
     * Places the highlight on this passage of the document's current text and marks it anchored: how a person
     * confirms a 需确认 highlight (its own start/end) or re-attaches an orphan (a new selection).
     */
    range: textRangeSchema.optional(),
  }),
  /** Moves it to the trash (restorable until purged). */
  deleteAnnotation: z.object({ id: idSchema }),
  restoreAnnotation: z.object({ id: idSchema }),
  /** 我的批注: every annotation of the person (or the 回收站), filtered, searched and grouped. */
  listAllAnnotations: annotationFilterSchema,
  /** The person's tags with how many live annotations carry each, for autocomplete. */
  listTags: z.void(),
  /** Renames a tag on every annotation; onto an existing tag, merges the two. */
  renameTag: z.object({ from: tagSchema, to: tagSchema }),
  mergeTags: z.object({ tags: z.array(tagSchema).min(1).max(50), into: tagSchema }),
  /** Deletes for good these annotations from the 回收站, or all of it without ids. */
  emptyTrash: z.object({ ids: z.array(idSchema).max(5000).optional() }),
  /** 导出批注: one document, a few, a tag, or everything (no docIds and no tag). */
  exportAnnotations: exportScopeSchema.extend({ format: z.enum(EXPORT_FORMATS) }),
  /** How many annotations 导出批注 would write for this scope, shown before exporting. */
  countAnnotations: exportScopeSchema,
  /** 导入批注 from a JSON export; the file is checked whole before anything changes. */
  importAnnotations: z.object({
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_ANNOTATION_FILE_BYTES, {
      error: ANNOTATION_FILE_TOO_LARGE,
      params: { apiCode: 'too-large' },
    }),
  }),
  listProfiles: z.void(),
  /** Switches this window to another person's profile, creating it when it is new. */
  switchProfile: z.object({ name: z.string().trim().min(1).max(64) }),
  /** Repairs and restores done since the last call, each told once. */
  takeNotices: z.void(),
} as const;

/**
 * A refusal a person can act on (a file over the size limit) carries its own API code, and its message reaches
 * them as it is rather than as an invalid request.
 */
export interface UserFacingIssueParams {
  apiCode: string;
}

export type ApiMethod = keyof typeof requestSchemas;
export type ApiRequest<M extends ApiMethod> = z.infer<(typeof requestSchemas)[M]>;

interface ApiValues {
  getAppInfo: AppInfo;
  listIssues: IssueSummary[];
  getDocument: OpenedDocument;
  removeIssue: { removed: boolean };
  search: SearchResponse;
  startImport: { jobId: string };
  getImportJob: ImportJob;
  cancelImport: { cancelled: boolean };
  getSettings: ReaderSettings;
  updateSettings: ReaderSettings;
  getReadingPosition: ReadingPosition | null;
  saveReadingPosition: ReadingPosition;
  listAnnotations: DocumentAnnotations;
  createAnnotation: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: Annotation;
  restoreAnnotation: Annotation;
  listAllAnnotations: AnnotationListing;
  listTags: TagCount[];
  renameTag: { changed: number };
  mergeTags: { changed: number };
  emptyTrash: { removed: number };
  exportAnnotations: ExportedFile;
  countAnnotations: { count: number };
  importAnnotations: ImportReport;
  listProfiles: ProfileList;
  switchProfile: AppInfo;
  takeNotices: Notice[];
}
export type ApiValue<M extends ApiMethod> = ApiValues[M];

/** A file the window hands to the person (an export): the shell decides where it goes. */
export type SavedFile = Pick<ExportedFile, 'fileName' | 'mimeType' | 'content'>;

/**
 * What `window.gazette` offers the renderer: one method per capability, the menu's commands, and saving a file,
 * which the shell does its own way (a save dialog in the desktop app, a download in the browser).
 */
export type GazetteApi = {
  [M in ApiMethod]: ApiRequest<M> extends undefined
    ? () => Promise<Result<ApiValue<M>>>
    : (request: ApiRequest<M>) => Promise<Result<ApiValue<M>>>;
} & {
  /** Calls `listener` for each menu command; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** `saved` is false when the person cancelled the save dialog. */
  saveFile(file: SavedFile): Promise<Result<{ saved: boolean }>>;
};

export const apiMethods = Object.keys(requestSchemas) as ApiMethod[];
