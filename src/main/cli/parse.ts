/** `gazette parse FILE [--json]`: the parsed model as JSON, or a readable outline (documents, 文号, TOC tree). */
import { issueLabel } from '../../shared/issueLabel';
import { issuerLabel } from '../../shared/issuers';
import type { ParsedIssue, TocEntry } from '../../shared/model';
import { toApiError } from '../apiErrors';
import { parseIssueFile } from '../gazette/index';
import type { CliCommand } from './command';

function tocLines(entries: readonly TocEntry[], depth: number): string[] {
  return entries.flatMap((entry) => [
    // `二、工作安排`, but `1.1 编制目的` and `附件1 药品安全事件分级标准` need a space to read.
    `${'  '.repeat(depth)}${entry.label}${/\d$/u.test(entry.label) && entry.text ? ' ' : ''}${entry.text}`,
    ...tocLines(entry.children, depth + 1),
  ]);
}

export function formatOutline(parsed: ParsedIssue): string {
  const { issue, source } = parsed;
  const head = [
    issueLabel({ ...issue, fileName: source.fileName }),
    `格式：${source.format}${source.encoding ? `（${source.encoding}）` : ''}，页数：${issue.pages.length}，文件数：${parsed.documents.length}`,
  ];
  const documents = parsed.documents.map((document, index) => {
    const facts = [
      document.issuers.length > 0 && `发文机关：${issuerLabel(document.issuers) ?? ''}`,
      document.docNumber && `发文字号：${document.docNumber}`,
      document.signedOn && `成文日期：${document.signedOn}`,
      document.printedOn && `印发日期：${document.printedOn}`,
    ].filter(Boolean);
    const attachments = document.attachments.map((attachment) => `  ${attachment.label}：${attachment.title}`);
    return [
      `${index + 1}. ${document.title || '（无标题）'}`,
      ...facts.map((fact) => `  ${String(fact)}`),
      ...attachments,
      ...tocLines(document.toc, 2),
    ].join('\n');
  });
  return `${[...head, '', ...documents].join('\n')}\n`;
}

export const parseCommand: CliCommand = {
  usage: 'FILE [--json]',
  summary: '解析一期公报（文本、PDF 或网页），输出文件目录或 JSON 模型',
  async run(args) {
    const json = args.includes('--json');
    const files = args.filter((arg) => !arg.startsWith('--'));
    const [file] = files;
    if (file === undefined || files.length > 1) {
      process.stderr.write('用法：gazette parse FILE [--json]\n');
      return 2;
    }
    try {
      const parsed = await parseIssueFile(file);
      process.stdout.write(json ? `${JSON.stringify(parsed, null, 2)}\n` : formatOutline(parsed));
      return 0;
    } catch (error) {
      process.stderr.write(`${file}：${toApiError(error).message}\n`);
      return 1;
    }
  },
};
