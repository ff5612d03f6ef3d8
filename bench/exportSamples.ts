/**
 * `npx tsx bench/exportSamples.ts --out DIR`: one file of each 导出批注 format (md, html, json, csv, digest) from the
 * built-in sample issue with a handful of realistic highlights, notes and tags, made and exported through the app's
 * own handler table in a throwaway data folder — what a person would get from the window or `gazette annotations
 * export`. For reviewing the formats by eye; not a test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../src/shared/api';
import type { AnnotationColor, Note } from '../src/shared/annotations/annotation';
import { EXPORT_FORMATS } from '../src/shared/annotations/annotationTransfer';
import { documentText } from '../src/shared/model';
import { createAppServices } from '../src/main/appServices';
import { createHandlers } from '../src/main/handlerTable';
import { fixturePath, importWorkerSource } from '../tests/helpers/fixtureFiles';

interface Planned {
  docNumber: string;
  /** The passage: from the first `from` to the end of the `to` after it (the canonical text's own spelling). */
  from: string;
  to: string;
  color: AnnotationColor;
  /** Paragraphs of the note; a line starting with `- ` is a list item, `**…**` is bold. */
  note?: string[];
  tags?: string[];
}

const PLANNED: Planned[] = [
  {
    docNumber: '济政发〔2022〕7号',
    from: '全面掌握土壤资源',
    to: '情况',
    color: 'yellow',
    note: ['**普查目的**，汇报时放在第一段。', '- 摸清土壤家底', '- 2025年完成成果汇总'],
    tags: ['土壤普查', '汇报'],
  },
  {
    docNumber: '济政发〔2022〕7号',
    from: '领导小组办公室设在',
    to: '办公室主任',
    color: 'red',
    note: ['需确认我局是否为成员单位。'],
    tags: ['待办'],
  },
  {
    docNumber: '济政发〔2022〕8号',
    from: '预算管理制度改革提出',
    to: '意见',
    color: 'blue',
    note: ['与财政局年度要点对照。'],
    tags: ['财政', '汇报'],
  },
  {
    docNumber: '济政办发〔2022〕3号',
    from: '国发',
    to: '号',
    color: 'green',
    note: ['原文件已收入文库，可点文号打开。'],
    tags: ['产业'],
  },
  {
    docNumber: '济政办字〔2022〕24号',
    from: '最大程度减少',
    to: '危害',
    color: 'purple',
    note: ['应急预案演练安排在下季度。'],
    tags: ['待办', '应急'],
  },
];

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A note as the editor saves it: the Lexical state and its plain text. */
function note(paragraphs: readonly string[]): Note {
  const inline = (line: string): object[] =>
    line
      .split(/(\*\*[^*]+\*\*)/u)
      .filter((part) => part !== '')
      .map((part) =>
        part.startsWith('**')
          ? { type: 'text', version: 1, format: 1, text: part.slice(2, -2) }
          : { type: 'text', version: 1, format: 0, text: part },
      );
  const children: object[] = [];
  for (const line of paragraphs) {
    if (line.startsWith('- ')) {
      const item = { type: 'listitem', version: 1, children: inline(line.slice(2)) };
      const last = children.at(-1) as { type?: string; children?: object[] } | undefined;
      if (last?.type === 'list') last.children?.push(item);
      else children.push({ type: 'list', version: 1, listType: 'bullet', start: 1, children: [item] });
    } else children.push({ type: 'paragraph', version: 1, children: inline(line) });
  }
  const text = paragraphs.map((line) => line.replace(/^- /u, '').replaceAll('**', '')).join('\n');
  return { version: 1, editorState: JSON.stringify({ root: { type: 'root', version: 1, children } }), text };
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  if (!out) throw new Error('usage: npx tsx bench/exportSamples.ts --out DIR');
  const dataDir = mkdtempSync(join(tmpdir(), 'gazette-export-samples-'));
  try {
    const services = await createAppServices({
      dataDir,
      profile: 'samples',
      shell: 'web',
      importWorker: importWorkerSource,
      sampleIssue: fixturePath,
    });
    const api = createHandlers(services);
    const documents = value(await api.listIssues(undefined)).flatMap((issue) => issue.documents);
    for (const planned of PLANNED) {
      const doc = documents.find((d) => d.docNumber === planned.docNumber);
      if (!doc) throw new Error(`the sample has no ${planned.docNumber}`);
      const text = documentText(value(await api.getDocument({ docId: doc.id })).document);
      const start = text.indexOf(planned.from);
      const to = text.indexOf(planned.to, start + planned.from.length);
      if (start < 0 || to < 0) throw new Error(`“${planned.from}…${planned.to}” is not in ${planned.docNumber}`);
      const made = value(
        await api.createAnnotation({
          docId: doc.id,
          range: { start, end: to + planned.to.length },
          color: planned.color,
          style: 'highlight',
          note: planned.note ? note(planned.note) : null,
        }),
      );
      if (planned.tags) value(await api.updateAnnotation({ id: made.id, tags: planned.tags }));
    }
    mkdirSync(out, { recursive: true });
    for (const format of EXPORT_FORMATS) {
      const file = value(await api.exportAnnotations({ format }));
      writeFileSync(join(out, file.fileName), file.content);
      console.log(`${join(out, file.fileName)}  ${String(file.count)} 条批注`);
    }
    await services.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
