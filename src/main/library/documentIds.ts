/** A document's id across the library: the parser's id is unique within its issue only. */
export const globalDocId = (issueId: string, localId: string): string => `${issueId}-${localId}`;
