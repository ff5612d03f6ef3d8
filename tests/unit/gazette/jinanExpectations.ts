/** Checks a parse of the sample issue, in any of its forms, against the hand-written outline. */
import { expect } from 'vitest';
import type { GazetteDocument, ParsedIssue, TocEntry } from '../../../src/shared/model';
import { expectConsistentModel } from '../../helpers/modelChecks';
import { expectedDocuments, expectedIssue, type Outline } from './jinanOutline';

/** The TOC down to level-2 headings (by their own rank), as label+text pairs. */
function outlineOf(document: GazetteDocument, entries: readonly TocEntry[]): Outline[] {
  return entries
    .filter((entry) => (document.blocks[entry.blockIndex]?.heading?.level ?? 99) <= 2)
    .map((entry) => [`${entry.label}${entry.text}`, outlineOf(document, entry.children)]);
}

export function expectJinanIssue(parsed: ParsedIssue): void {
  expectConsistentModel(parsed);
  expect(parsed.issue).toMatchObject(expectedIssue);
  expect(parsed.documents.map((document) => document.docNumber)).toEqual(
    expectedDocuments.map((document) => document.docNumber),
  );
  parsed.documents.forEach((document, index) => {
    const expected = expectedDocuments[index];
    if (!expected) return;
    expect({
      issuers: document.issuers,
      title: document.title,
      docNumber: document.docNumber,
      addressee: document.addressee,
      signedOn: document.signedOn,
      printedOn: document.printedOn,
      genre: document.genre,
    }).toEqual({
      issuers: [expected.issuer],
      title: expected.title,
      docNumber: expected.docNumber,
      addressee: expected.addressee,
      signedOn: expected.signedOn,
      printedOn: expected.printedOn,
      genre: expected.genre,
    });
    expect(
      document.attachments.map((attachment) => ({
        label: attachment.label,
        title: attachment.title,
        printed: attachment.blockIndex !== null,
      })),
    ).toEqual(expected.attachments);
    expect(outlineOf(document, document.toc)).toEqual(expected.toc);
    for (const block of document.blocks) {
      // Running headers and bare page numbers never reach the text.
      expect(block.text).not.toMatch(/公报（2022|市政府办公厅文件/u);
      expect(block.text).not.toMatch(/^\d{1,3}$/u);
    }
  });
  const all = (index: number): string => parsed.documents[index]?.blocks.map((block) => block.text).join('\n') ?? '';
  // `坚持安全第` + `一、预防为主…` is one sentence, and a letter-spaced heading is read without its spaces.
  expect(all(4)).toContain('（三）严守安全底线。坚持安全第一、预防为主、综合治理的方针');
  // The plan's own printed contents stays one block.
  expect(parsed.documents[3]?.blocks.filter((block) => block.kind === 'contents')).toHaveLength(1);
  const cited = (index: number): string[] => parsed.documents[index]?.references.map((ref) => ref.docNumber) ?? [];
  expect(cited(1)).toContain('鲁政发〔2021〕19号');
  expect(cited(2)).toContain('国发〔2020〕8号');
  expect(cited(4)).toEqual(expect.arrayContaining(['国发〔2021〕4号', '济政发〔2021〕9号']));
}
