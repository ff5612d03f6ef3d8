import type { AppInfo, IssueSummary, OpenedDocument, SearchResponse } from '../shared/api';

/** What the library offers the API; implemented in src/main/library. */
export interface LibraryService {
  listIssues(): Promise<IssueSummary[]>;
  getDocument(docId: string): Promise<OpenedDocument>;
  removeIssue(issueId: string): Promise<boolean>;
  search(query: string, options: { limit: number }): Promise<SearchResponse>;
}

export interface AppServices {
  appInfo(): AppInfo;
  library: LibraryService;
}
