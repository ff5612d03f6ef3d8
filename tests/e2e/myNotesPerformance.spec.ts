/**
 * 我的批注 with 20,000 annotations, measured and reported, not asserted (see perf.ts: a measure ends after the
 * next paint). The store is filled beside the running app, as another process would (the app sees the change
 * on its next read); the annotations are spread over the sample's documents, a third with a note, a quarter
 * tagged. Aims from issue 10: first paint < 300 ms, filtering < 100 ms.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { anchorFor } from '../../src/shared/annotations/anchor';
import { ANNOTATION_COLORS, type Annotation } from '../../src/shared/annotations/annotation';
import { documentKey } from '../../src/shared/annotations/documentKey';
import { documentText } from '../../src/shared/model';
import type { OpenedDocument } from '../../src/shared/api';
import { DATABASE_FILE } from '../../src/main/annotations/annotationDb';
import { COLUMNS, toRow } from '../../src/main/annotations/annotationRows';
import { textHash } from '../../src/main/annotations/openAnnotationService';
import { test, expect } from './support/fixtures';
import type { GazetteApp } from './support/gazetteApp';

const COUNT = 20_000;
const TAGS = ['待办', '重点', '会议', '土壤', '财政', '上报', '督办'];

type Measure = 'gazette:my-notes-open' | 'gazette:my-notes-filter';

async function durations(app: GazetteApp, name: Measure, count: number): Promise<number[]> {
  const read = () =>
    app.page.evaluate((measure) => performance.getEntriesByName(measure).map((entry) => entry.duration), name);
  await expect.poll(async () => (await read()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  return read();
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function fillStore(app: GazetteApp, dataDir: string): Promise<void> {
  const { profile, documents } = await app.page.evaluate(async () => {
    const info = await window.gazette.getAppInfo();
    const issues = await window.gazette.listIssues();
    if (!info.ok || !issues.ok) throw new Error('the app did not answer');
    const ids = issues.value.flatMap((issue) => issue.documents.map((document) => document.id));
    const opened = await Promise.all(ids.map((docId) => window.gazette.getDocument({ docId })));
    return { profile: info.value.profile, documents: opened.flatMap((result) => (result.ok ? [result.value] : [])) };
  });
  const db = new DatabaseSync(join(dataDir, 'profiles', profile, DATABASE_FILE));
  const insert = db.prepare(
    `INSERT INTO annotations (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `:${c}`).join(', ')})`,
  );
  const texts = documents.map(({ document }: OpenedDocument) => ({ document, text: documentText(document) }));
  const day = Date.parse('2026-01-01T08:00:00Z');
  db.exec('BEGIN');
  for (let i = 0; i < COUNT; i++) {
    const { document, text } = texts[i % texts.length] ?? { document: documents[0]?.document, text: '' };
    if (!document) throw new Error('no documents');
    const start = (i * 7919) % Math.max(1, text.length - 40);
    const stamp = new Date(day + (i % 300) * 86_400_000).toISOString();
    const noteFrom = (i * 104_729) % Math.max(1, text.length - 60);
    const annotation: Annotation = {
      id: `perf-${String(i)}`,
      docId: document.id,
      docKey: documentKey(document),
      anchor: anchorFor(text, { start, end: start + 4 + (i % 30) }),
      textHash: textHash(text),
      status: 'anchored',
      color: ANNOTATION_COLORS[i % ANNOTATION_COLORS.length] ?? 'yellow',
      style: 'highlight',
      note:
        i % 3 === 0 ? { version: 1, editorState: '{}', text: text.slice(noteFrom, noteFrom + 20 + (i % 40)) } : null,
      tags: i % 4 === 0 ? [TAGS[i % TAGS.length] ?? '待办'] : [],
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
    };
    insert.run(toRow(annotation));
  }
  db.exec('COMMIT');
  db.close();
}

test('我的批注 with 20,000 annotations: first paint and filtering (reported)', async ({ app, dataDir }) => {
  test.setTimeout(180_000);
  await app.page.setViewportSize({ width: 1366, height: 768 });
  await app.waitForLibrary();
  await fillStore(app, dataDir);

  const view = app.page.getByRole('region', { name: '我的批注' });
  const status = view.locator('.my-notes-status [role="status"]');
  const toggle = app.page.getByRole('button', { name: '我的批注' });
  const opens = 4;
  for (let round = 1; round <= opens; round++) {
    await toggle.click();
    await expect(status).toHaveText(`共 ${String(COUNT)} 条批注`, { timeout: 30_000 });
    await durations(app, 'gazette:my-notes-open', round);
    await view.getByRole('button', { name: '返回阅读' }).click();
  }
  const open = await durations(app, 'gazette:my-notes-open', opens);

  await toggle.click();
  let filters = 0;
  const filtered = async (act: () => Promise<unknown>): Promise<void> => {
    await act();
    filters++;
    await durations(app, 'gazette:my-notes-filter', filters);
    await expect(status).not.toHaveText('正在搜索…（下列为上次的结果）');
  };
  const colour = view.getByRole('button', { name: '红色', exact: true });
  await filtered(() => colour.click());
  await filtered(() => colour.click());
  await filtered(() => view.getByRole('button', { name: /^督办/ }).click());
  await filtered(() => view.getByRole('button', { name: /^督办/ }).click());
  await filtered(() => view.getByLabel('排列').selectOption('tag'));
  await filtered(() => view.getByLabel('排列').selectOption('date'));
  await filtered(() => view.getByLabel('排列').selectOption('document'));
  for (const query of ['土壤', '普查 工作', '"财政资金"', '应急 -预案', '标签:重点 颜色:红', '济政办字〔2022〕24号']) {
    await filtered(() => view.getByRole('searchbox', { name: '搜索批注' }).fill(query));
  }
  const filter = await durations(app, 'gazette:my-notes-filter', filters);

  // The answer alone (main and the loopback HTTP), without drawing it.
  const roundTrips = await app.page.evaluate(async () => {
    const times: number[] = [];
    for (const filter of [{}, { colors: ['red' as const] }, { query: '土壤' }, { groupBy: 'tag' as const }, {}]) {
      const started = performance.now();
      await window.gazette.listAllAnnotations({ ...filter, limit: 100 });
      times.push(performance.now() - started);
    }
    return times;
  });

  const line = (label: string, values: number[]): string =>
    `  ${label}: ${values.map((v) => v.toFixed(1)).join(', ')} ms (median ${median(values).toFixed(1)} ms)`;
  const report = [
    line('open 我的批注, first rows painted (the first read the 20,000 from disk)', open),
    line('filter (colour, tag, grouping, search) → painted', filter),
    line('listAllAnnotations, first 100 rows, answer only', roundTrips),
    `  machine load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')} on 2 shared cores`,
  ];
  for (const text of report) test.info().annotations.push({ type: 'speed', description: text });
  console.log(`\n我的批注 with ${String(COUNT)} annotations on this machine:\n${report.join('\n')}\n`);
});
