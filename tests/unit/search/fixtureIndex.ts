/** The sample gazette, parsed by the real parser and indexed, shared by the search tests. */
import { fixturePath } from '../../helpers/fixtureFiles';
import { parseIssueFile } from '../../../src/main/gazette/index';
import { buildShard } from '../../../src/main/search/buildShard';
import { createSearchIndex, type SearchIndex } from '../../../src/main/search/searchIndex';
import { readShard, serializeShard } from '../../../src/main/search/shardFormat';
import type { ParsedIssue } from '../../../src/shared/model';

export const FIXTURE_ISSUE = 'fixture';

export async function fixtureIndex(): Promise<{ parsed: ParsedIssue; index: SearchIndex }> {
  const parsed = await parseIssueFile(fixturePath);
  const index = createSearchIndex();
  index.addShard(readShard(serializeShard(buildShard(FIXTURE_ISSUE, parsed))));
  return { parsed, index };
}
