/**
 * `npx tsx bench/outlineScore.ts [--json]`: the holdout score of structure recovery (issue 11). For every file of
 * tests/fixtures/corpus/more it compares the parser's outline with the hand-written one the corpus tests also
 * read (tests/unit/gazette/moreOutlines.ts) and prints the share of entries that hold. Entries: the number of
 * documents, and per document its 文号, title, issuer, 成文日期, addressee, each TOC root and each written-down
 * child (held when the parser has it, in any position). Not a test: a number to compare across parser versions.
 */
import { parseIssueFile } from '../src/main/gazette/index';
import type { GazetteDocument, TocEntry } from '../src/shared/model';
import { corpusPath } from '../tests/helpers/fixtureFiles';
import { type ExpectedMoreDocument, moreOutlines } from '../tests/unit/gazette/moreOutlines';

const entryText = (entry: TocEntry): string => `${entry.label}${entry.text}`;

interface Tally {
  held: number;
  total: number;
  missed: string[];
}

function scoreDocument(expected: ExpectedMoreDocument, actual: GazetteDocument | undefined, tally: Tally): void {
  const check = (name: string, holds: boolean): void => {
    tally.total++;
    if (holds) tally.held++;
    else tally.missed.push(name);
  };
  const fields = ['docNumber', 'title', 'signedOn', 'addressee'] as const;
  for (const field of fields) check(field, actual?.[field] === expected[field]);
  check('issuers', JSON.stringify(actual?.issuers) === JSON.stringify(expected.issuers));
  const roots = (actual?.toc ?? []).map(entryText);
  for (const root of expected.roots) check(root, roots.includes(root));
  for (const [root, children] of Object.entries(expected.children ?? {})) {
    const under = (actual?.toc.find((entry) => entryText(entry) === root)?.children ?? []).map(entryText);
    for (const child of children) check(`${root} › ${child}`, under.includes(child));
  }
}

const rows: { file: string; held: number; total: number; missed: string[] }[] = [];
for (const outline of moreOutlines) {
  const tally: Tally = { held: 0, total: 0, missed: [] };
  try {
    const parsed = await parseIssueFile(corpusPath(`more/${outline.file}`));
    tally.total++;
    if (parsed.documents.length === outline.documents.length) tally.held++;
    else tally.missed.push(`${parsed.documents.length} documents`);
    outline.documents.forEach((expected, index) => {
      scoreDocument(expected, parsed.documents[index], tally);
    });
  } catch (error) {
    tally.missed.push(`parse failed: ${String(error)}`);
  }
  rows.push({ file: outline.file, ...tally });
}

const held = rows.reduce((sum, row) => sum + row.held, 0);
const total = rows.reduce((sum, row) => sum + row.total, 0);
const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(2)}%`;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ held, total, rows }, null, 2));
} else {
  for (const row of rows) {
    console.log(`${percent(row.held, row.total).padStart(8)}  ${row.held}/${row.total}  ${row.file}`);
    for (const missed of row.missed) console.log(`            missed: ${missed}`);
  }
  console.log(`${percent(held, total).padStart(8)}  ${held}/${total}  all files`);
}
