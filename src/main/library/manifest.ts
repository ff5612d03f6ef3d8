/**
 * The library's manifest: the list of issues that are in. It is the commit point of every change — an issue's
 * folder is complete on disk before the manifest names it, and the manifest is replaced atomically — so whatever
 * the manifest lists is fully there, and anything on disk it does not list is a leftover to clean.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DocumentSummary } from '../../shared/api';
import type { ParsedIssue } from '../../shared/model';
import { summarizeDocument } from '../search/documentSummary';
import { replaceFileAtomically } from './atomicFiles';
import { issueIdFromHash } from './issueFiles';

export const LIBRARY_SCHEMA_VERSION = 1;

const documentSummarySchema: z.ZodType<DocumentSummary> = z.object({
  id: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  signedOn: z.string().nullable(),
  genre: z.string().nullable(),
});

const issueEntrySchema = z.object({
  id: z.string(),
  sha256: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  parserVersion: z.number().int(),
  /** The issue's folder, relative to the library folder; a new folder per import, so a commit never overwrites. */
  folder: z.string(),
  /** The original file's name inside the folder. */
  original: z.string(),
  gazette: z.string().nullable(),
  year: z.number().int().nullable(),
  number: z.string().nullable(),
  documents: z.array(documentSummarySchema),
});
export type IssueEntry = z.infer<typeof issueEntrySchema>;

/** What an entry says about the issue itself, apart from where and when this copy was committed. */
export type IssueContent = Omit<IssueEntry, 'folder' | 'importedAt'>;

/**
 * The one builder of an entry's content: everything in it comes from the canonical model, so an import and a
 * repair that rebuilds the entry from the issue's folder produce the same entry.
 */
export function issueContent(parsed: ParsedIssue, original: string): IssueContent {
  const id = issueIdFromHash(parsed.source.sha256);
  return {
    id,
    sha256: parsed.source.sha256,
    fileName: parsed.source.fileName,
    parserVersion: parsed.parserVersion,
    original,
    gazette: parsed.issue.gazette,
    year: parsed.issue.year,
    number: parsed.issue.number,
    documents: parsed.documents.map((doc) => summarizeDocument(id, doc)),
  };
}

const manifestSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  issues: z.array(issueEntrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

export class LibraryFormatError extends Error {
  constructor(path: string, cause: unknown) {
    super(`library: cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'LibraryFormatError';
  }
}

export function readManifest(path: string): Manifest {
  if (!existsSync(path)) return { schemaVersion: LIBRARY_SCHEMA_VERSION, issues: [] };
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new LibraryFormatError(path, error);
  }
}

export function writeManifest(path: string, manifest: Manifest): void {
  replaceFileAtomically(path, `${JSON.stringify(manifest, null, 1)}\n`);
}
