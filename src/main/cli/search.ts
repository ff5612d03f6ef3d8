/**
 * `gazette search QUERY [--data DIR] [--json] [--limit N]`. The JSON is
 * `{ total, hits: [{ docId, issueId, docNumber, title, issuer, signedOn, score, snippets: [{ text, highlights }] }] }`.
 */
import { DEFAULT_SEARCH_LIMIT } from '../../shared/search/searchFilters';
import { optionValue } from '../commandLine';
import type { CliCommand } from './command';
import { openCliLibrary, positionals } from './libraryArgs';

export const searchCommand: CliCommand = {
  usage: 'QUERY [--data DIR] [--json] [--limit N]',
  summary: '全文搜索文库（空格分隔表示同时包含，"…" 为短语，-词 为排除，文号:/标题:/机关:/文种:/年份:/日期:）',
  async run(args) {
    const query = positionals(args).join(' ');
    const limit = Number(optionValue(args, '--limit') ?? DEFAULT_SEARCH_LIMIT);
    const response = await openCliLibrary(args).search(query, {
      limit: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_SEARCH_LIMIT,
    });
    if (args.includes('--json')) {
      const hits = response.hits.map(({ snippets, ...hit }) => ({
        ...hit,
        snippets: snippets.map(({ text, highlights }) => ({ text, highlights })),
      }));
      process.stdout.write(`${JSON.stringify({ total: response.total, hits }, null, 2)}\n`);
      return 0;
    }
    if (response.message) process.stderr.write(`${response.message}\n`);
    process.stdout.write(`共 ${response.total} 个结果\n`);
    for (const hit of response.hits) {
      process.stdout.write(`\n${hit.title}  ${hit.docNumber ?? ''}  ${hit.signedOn ?? ''}  [${hit.docId}]\n`);
      for (const snippet of hit.snippets) {
        let marked = '';
        let at = 0;
        for (const [start, end] of snippet.highlights) {
          marked += `${snippet.text.slice(at, start)}【${snippet.text.slice(start, end)}】`;
          at = end;
        }
        process.stdout.write(`    …${marked}${snippet.text.slice(at)}…\n`);
      }
    }
    return 0;
  },
};
