/**
 * The benchmark's corpus: N generated issues built from real text — the sample gazette and the 60 State Council
 * documents in tests/fixtures/corpus — with paragraphs shuffled across documents, numbers and dates varied, and new
 * 发文字号, so the vocabulary grows like a real library's instead of repeating one issue N times.
 */
import { readFileSync } from 'node:fs';
import { corpusPath, fixturePath } from '../tests/helpers/fixtureFiles';
import type { GazetteDocument, ParsedIssue } from '../src/shared/model';

export function random(seed: number): () => number {
  // mulberry32: small, fast and deterministic, so every run measures the same corpus and queries.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

function sourceText(): { paragraphs: string[]; titles: string[]; issuers: string[] } {
  const fixture = readFileSync(fixturePath, 'utf8');
  const lines = fixture
    .split(/\n+/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += 5) paragraphs.push(lines.slice(i, i + 5).join(''));
  const titles: string[] = [];
  const issuers = new Set<string>(['济南市人民政府', '济南市人民政府办公厅']);
  const jsonl = readFileSync(corpusPath('govcn_state-council_60docs.jsonl'), 'utf8');
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { title?: string; release_office?: string; content?: string };
    if (record.title) titles.push(record.title);
    if (record.release_office) issuers.add(record.release_office);
    const body = (record.content ?? '')
      .replace(/<[^>]*>/gu, '\n')
      .replace(/&nbsp;|&#160;/gu, ' ')
      .replace(/&[a-z]+;/gu, '');
    for (const paragraph of body.split(/\n+/u)) if (paragraph.trim().length > 8) paragraphs.push(paragraph.trim());
  }
  return { paragraphs, titles, issuers: [...issuers] };
}

const genres = ['通知', '意见', '决定', '批复', '方案', '预案', '规划', '办法'];
const codes = ['济政发', '济政办发', '济政办字', '国发', '国办发', '国函', '鲁政发', '济政字'];

export function generateCorpus(issues: number, seed = 42): ParsedIssue[] {
  const rand = random(seed);
  const { paragraphs, titles, issuers } = sourceText();
  const vary = (text: string): string =>
    // Vary numbers so that digits and dates do not repeat identically in every issue.
    text.replace(/\d+/gu, (digits) => (rand() < 0.5 ? digits : String(Math.floor(rand() * 10 ** digits.length))));
  const result: ParsedIssue[] = [];
  for (let i = 0; i < issues; i++) {
    const year = 2000 + Math.floor(rand() * 24);
    const documents: GazetteDocument[] = [];
    const count = 4 + Math.floor(rand() * 5);
    for (let d = 0; d < count; d++) {
      const genre = pick(rand, genres);
      const title = `关于${vary(pick(rand, titles))
        .replace(/^关于/u, '')
        .replace(/的[^的]{1,4}$/u, '')}的${genre}`;
      const docNumber = `${pick(rand, codes)}〔${year}〕${1 + Math.floor(rand() * 120)}号`;
      const body = Array.from({ length: 30 + Math.floor(rand() * 120) }, () => vary(pick(rand, paragraphs)));
      const texts = [pick(rand, issuers), title, docNumber, ...body];
      let at = 0;
      const blocks = texts.map((text, b) => {
        const block = {
          kind:
            b === 0
              ? ('issuer' as const)
              : b === 1
                ? ('title' as const)
                : b === 2
                  ? ('docNumber' as const)
                  : ('paragraph' as const),
          text,
          start: at,
          end: at + text.length,
          page: null,
        };
        at += text.length + 1;
        return block;
      });
      const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
      documents.push({
        id: `d${d + 1}`,
        issuers: texts[0] === undefined ? [] : [texts[0]],
        title,
        docNumber,
        addressee: null,
        signedOn: `${year}-${month}-15`,
        printedOn: null,
        genre,
        attachments: [],
        toc: [],
        blocks,
        references: [],
      });
    }
    result.push({
      schemaVersion: 1,
      parserVersion: 1,
      source: { fileName: `issue-${i}.txt`, format: 'text', encoding: 'utf-8', sha256: String(i), bytes: 0 },
      issue: { gazette: '生成公报', year, number: String(i), pages: [] },
      documents,
    });
  }
  return result;
}
