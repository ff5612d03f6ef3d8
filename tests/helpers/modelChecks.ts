/** Invariants every parsed issue must keep, whatever the input: the model's contract with search and the reader. */
import { expect } from 'vitest';
import { normalizeDocNumber } from '../../src/shared/docNumber';
import { documentText, type ParsedIssue, parsedIssueSchema, type TocEntry } from '../../src/shared/model';

function tocEntries(entries: readonly TocEntry[]): TocEntry[] {
  return entries.flatMap((entry) => [entry, ...tocEntries(entry.children)]);
}

export function expectConsistentModel(parsed: ParsedIssue): void {
  expect(() => parsedIssueSchema.parse(parsed)).not.toThrow();
  const ids = parsed.documents.map((document) => document.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const document of parsed.documents) {
    const text = documentText(document);
    for (const block of document.blocks) {
      expect(text.slice(block.start, block.end)).toBe(block.text);
      if (block.page !== null) expect(block.page).toBeLessThanOrEqual(parsed.issue.pages.length);
      if (block.heading) {
        expect(block.heading.end).toBeLessThanOrEqual(block.text.length);
        expect(block.text.startsWith(block.heading.label)).toBe(true);
      }
    }
    for (const entry of tocEntries(document.toc)) {
      const block = document.blocks[entry.blockIndex];
      expect(block?.heading).toBeDefined();
      expect(entry.start).toBe((block?.start ?? -1) + (block?.heading?.start ?? 0));
      for (const child of entry.children) expect(child.level).toBe(entry.level + 1);
    }
    for (const reference of document.references) {
      expect(normalizeDocNumber(text.slice(reference.start, reference.end))).toBe(reference.docNumber);
    }
    for (const attachment of document.attachments) {
      if (attachment.blockIndex !== null) expect(document.blocks[attachment.blockIndex]?.kind).toBe('attachmentTitle');
    }
  }
}
