/**
 * `gazette annotations list|export|import`: one person's annotations from the command line, through the same
 * code as the app (annotationsAcrossLibrary.ts), so an export made here is byte for byte the app's.
 *
 *   gazette annotations list [词…] [--profile P] [--data DIR] [--json] [--trash]
 *   gazette annotations export --format md|html|json|csv|digest [--doc ID]… [--tag T] [-o FILE] [--profile P]
 *   gazette annotations import FILE [--profile P] [--data DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EXPORT_FORMATS } from '../../shared/annotations/annotationTransfer';
import type { ExportFormat } from '../../shared/annotations/annotationTransfer';
import { COLOR_NAMES } from '../../shared/annotations/noteQuery';
import { ServiceError } from '../apiErrors';
import { exportFromLibrary, importIntoProfile, listAllAnnotations } from '../annotations/annotationsAcrossLibrary';
import { openAnnotationService } from '../annotations/openAnnotationService';
import type { ClosableAnnotationService } from '../annotations/openAnnotationService';
import { optionValue, sharedOptions } from '../commandLine';
import { resolveDataDir } from '../dataDir';
import type { Library } from '../library/library';
import { profileDir, resolveProfile } from '../profile';
import type { CliCommand } from './command';
import { openCliLibrary, positionals } from './libraryArgs';

const VALUED = ['--data', '--profile', '--format', '--doc', '--tag', '-o', '--output'];

/** Every value of a repeatable option (`--doc a --doc b`). */
function optionValues(args: readonly string[], name: string): string[] {
  return args.flatMap((arg, i) => (arg === name ? [args[i + 1] ?? ''] : [])).filter((value) => value !== '');
}

async function withStore(
  args: readonly string[],
  work: (service: ClosableAnnotationService, library: Library) => Promise<number>,
): Promise<number> {
  const library = openCliLibrary(args);
  const options = sharedOptions(args);
  const dir = profileDir(resolveDataDir(options.dataDir), resolveProfile(options.profile));
  const { service, notices } = await openAnnotationService({ dir, library });
  for (const notice of notices) process.stderr.write(`${notice}\n`);
  try {
    return await work(service, library);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  } finally {
    await service.close();
  }
}

const list: CliCommand['run'] = (args) =>
  withStore(args, async (service, library) => {
    const query = positionals(args, VALUED).slice(1).join(' ');
    const listing = await listAllAnnotations(service, library, { query, trash: args.includes('--trash') });
    if (args.includes('--json')) {
      process.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
      return 0;
    }
    for (const note of listing.notes) process.stderr.write(`${note}\n`);
    process.stdout.write(`共 ${String(listing.total)} 条批注\n`);
    for (const group of listing.groups) {
      process.stdout.write(`\n${group.label}\n`);
      for (const { annotation } of group.entries) {
        const quote = annotation.anchor ? `「${annotation.anchor.exact.replace(/\s+/gu, ' ')}」` : '（文件批注）';
        const noteStart = annotation.note ? `  ${annotation.note.text.replace(/\s+/gu, ' ').slice(0, 40)}` : '';
        const tags = annotation.tags.map((tag) => `#${tag}`).join(' ');
        process.stdout.write(
          `    ${COLOR_NAMES[annotation.color]} ${quote}${noteStart}${tags ? `  ${tags}` : ''}  ${annotation.createdAt.slice(0, 10)}  [${annotation.id}]\n`,
        );
      }
    }
    return 0;
  });

const exportRun: CliCommand['run'] = (args) =>
  withStore(args, async (service, library) => {
    const format = optionValue(args, '--format') ?? 'md';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      process.stderr.write(`不支持的导出格式：${format}（可选 ${EXPORT_FORMATS.join('、')}）\n`);
      return 2;
    }
    const docIds = optionValues(args, '--doc');
    const tag = optionValue(args, '--tag');
    const file = await exportFromLibrary(service, library, format as ExportFormat, {
      docIds: docIds.length > 0 ? docIds : undefined,
      tag,
    });
    const output = optionValue(args, '-o') ?? optionValue(args, '--output');
    if (output === undefined) process.stdout.write(file.content);
    else {
      writeFileSync(output, file.content);
      process.stderr.write(`已导出 ${String(file.count)} 条批注到 ${output}\n`);
    }
    return 0;
  });

const importRun: CliCommand['run'] = async (args) => {
  const path = positionals(args, VALUED)[1];
  if (path === undefined) {
    process.stderr.write('请给出要导入的批注文件（JSON 格式导出的文件）。\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    process.stderr.write(`无法读取文件 ${path}：${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return withStore(args, async (service, library) => {
    const report = await importIntoProfile(service, library, bytes);
    process.stdout.write(
      `新增 ${String(report.added)} 条，用导入的较新版本替换 ${String(report.replaced)} 条，保留本机较新版本 ${String(report.keptOurs)} 条，未变 ${String(report.unchanged)} 条。\n`,
    );
    if (report.replaced + report.keptOurs > 0) process.stdout.write('被替换下来的版本已放入回收站。\n');
    for (const item of report.unplaced) {
      process.stdout.write(`未能定位：「${item.quote}」（${item.document}）：${item.reason}\n`);
    }
    return 0;
  });
};

const subcommands: Record<string, CliCommand['run']> = { list, export: exportRun, import: importRun };

export const annotationsCommand: CliCommand = {
  usage:
    'list [词…] [--json] [--trash] | export --format md|html|json|csv|digest [--doc ID]… [--tag T] [-o FILE] | import FILE   [--profile P] [--data DIR]',
  summary: '列出、导出或导入某位用户的批注（与应用中的“我的批注”“导出批注”“导入批注”相同）',
  run(args) {
    const run = subcommands[args[0] ?? ''];
    if (!run) {
      process.stderr.write(`用法：gazette annotations ${annotationsCommand.usage}\n`);
      return Promise.resolve(2);
    }
    return run(args);
  },
};
