/**
 * Issue 11: joint issuers are a list, the lead first. Models stored before (one string, joined by 、) still open,
 * and a document keeps the key its annotations were saved and exported under.
 */
import { describe, expect, it } from 'vitest';
import { parseIssueBuffer } from '../../../src/main/gazette/index';
import { documentKey } from '../../../src/shared/annotations/documentKey';
import { issuerLabel, leadIssuer } from '../../../src/shared/issuers';
import { parsedIssueSchema } from '../../../src/shared/model';

async function parseOne(lines: string[]): Promise<{ parsed: unknown; issuers: string[] }> {
  const parsed = await parseIssueBuffer(new TextEncoder().encode(lines.join('\n')), 'notice.txt');
  return { parsed, issuers: parsed.documents[0]?.issuers ?? [] };
}

const NAMED = [
  '国家发展改革委 国家能源局关于做好2023年能源迎峰度夏工作的通知',
  '各省、自治区、直辖市发展改革委、能源局：',
  '为做好今年迎峰度夏期间能源保供工作，现将有关事项通知如下。',
  '国家发展改革委',
  '国家能源局',
  '2023年5月20日',
];

describe('joint issuers', () => {
  it('named in the title are all kept, the lead first', async () => {
    const { issuers } = await parseOne(NAMED);
    expect(issuers).toEqual(['国家发展改革委', '国家能源局']);
    expect(leadIssuer(issuers)).toBe('国家发展改革委');
    expect(issuerLabel(issuers)).toBe('国家发展改革委、国家能源局');
  });

  it('a model stored with one joined issuer string opens with the list', async () => {
    const { parsed } = await parseOne(NAMED);
    const stored = JSON.parse(JSON.stringify(parsed)) as { documents: Record<string, unknown>[] };
    for (const document of stored.documents) {
      delete document.issuers;
      document.issuer = '国家发展改革委、国家能源局';
    }
    const [document] = parsedIssueSchema.parse(stored).documents;
    expect(document?.issuers).toEqual(['国家发展改革委', '国家能源局']);
    const none = { ...stored, documents: stored.documents.map((doc) => ({ ...doc, issuer: null })) };
    expect(parsedIssueSchema.parse(none).documents[0]?.issuers).toEqual([]);
  });

  it('keeps the document key annotations were saved and exported under (the joined line)', async () => {
    const { parsed } = await parseOne(NAMED);
    const [document] = parsedIssueSchema.parse(parsed).documents;
    if (!document) throw new Error('no document');
    const listed = { ...document, issuer: '国家发展改革委、国家能源局' };
    const { issuers: _issuers, ...asListed } = listed;
    expect(documentKey(document)).toBe(documentKey(asListed));
  });
});
