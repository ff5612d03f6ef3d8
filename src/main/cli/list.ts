/** `gazette list [--data DIR] [--json]`: the issues in the library. */
import type { CliCommand } from './command';
import { issueName } from '../library/libraryNotices';
import { openCliLibrary } from './libraryArgs';

export const listCommand: CliCommand = {
  usage: '[--data DIR] [--json]',
  summary: '列出文库中的公报',
  async run(args) {
    const issues = await openCliLibrary(args).listIssues();
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
      return 0;
    }
    for (const issue of issues) {
      process.stdout.write(`${issue.id}  ${issueName(issue)}  ${issue.documents.length} 个文件\n`);
      for (const doc of issue.documents) process.stdout.write(`    ${doc.docNumber ?? ''}  ${doc.title}\n`);
    }
    if (issues.length === 0) process.stdout.write('文库是空的。\n');
    return 0;
  },
};
