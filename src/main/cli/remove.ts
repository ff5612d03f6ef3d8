/** `gazette remove ISSUE [--data DIR]`: removes an issue and its documents from the library and the index. */
import type { CliCommand } from './command';
import { openCliLibrary, positionals } from './libraryArgs';

export const removeCommand: CliCommand = {
  usage: 'ISSUE [--data DIR]',
  summary: '从文库（和搜索索引）中移除一期公报',
  async run(args) {
    const [issueId] = positionals(args);
    if (issueId === undefined) {
      process.stderr.write('请指定要移除的公报编号（见 gazette list）。\n');
      return 2;
    }
    if (await openCliLibrary(args).removeIssue(issueId)) {
      process.stderr.write(`已移除 ${issueId}\n`);
      return 0;
    }
    process.stderr.write(`文库中没有 ${issueId}\n`);
    return 1;
  },
};
