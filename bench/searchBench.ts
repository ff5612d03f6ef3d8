/**
 * `npm run bench [-- --issues 500] [--engines ours,scan] [--json FILE]`: builds, saves, loads and queries N generated
 * issues with our index, MiniSearch, FlexSearch and a brute-force scan (all four unless `--engines` names some),
 * each engine in fresh child processes (one to build, one to load and query) so that memory figures are its own.
 * Two query mixes: `random` (substrings of the text, two-word ANDs, 文号) and `real` (shaped like real use: titles,
 * words from titles, 文号 in four spellings, two-word ANDs, very frequent words). Query times are per-query medians
 * of five passes (see childQuery). Recall and precision are measured against the scan.
 * Not a test: it takes minutes at 500 issues.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedIssue } from '../src/shared/model';
import { documentText } from '../src/shared/model';
import { generateCorpus } from './corpus';
import { makeQueries } from './queryMixes';
import { engines } from './engines';

const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const folderBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );
const TIMING_PASSES = 5;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rssMB = (): number => Math.round(process.memoryUsage().rss / 1048576);
const peakMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Child: build one engine's index from the corpus file into a folder. */
function childBuild(engineName: string, corpusFile: string, dir: string): void {
  const issues = JSON.parse(readFileSync(corpusFile, 'utf8')) as ParsedIssue[];
  const baseline = peakMB();
  const start = performance.now();
  engines[engineName]?.build(issues, dir);
  const buildMs = Math.round(performance.now() - start);
  process.stdout.write(JSON.stringify({ buildMs, peakRssMB: peakMB(), corpusRssMB: baseline }));
}

/** Child: load the index, time each mix's queries, and write every query's complete result set, per mix. */
function childQuery(
  engineName: string,
  dir: string,
  queriesFile: string,
  resultsFile: string,
  extraFile: string,
): void {
  const mixes = JSON.parse(readFileSync(queriesFile, 'utf8')) as Record<string, string[]>;
  const start = performance.now();
  const searcher = engines[engineName]?.load(dir);
  if (!searcher) throw new Error(`unknown engine ${engineName}`);
  const loadMs = Math.round(performance.now() - start);
  const loadedRssMB = rssMB();
  const timed: Record<string, number> = { loadMs, loadedRssMB };
  const results: Record<string, string[][]> = {};
  for (const [mix, queries] of Object.entries(mixes)) {
    for (const query of queries.slice(0, 10)) searcher.search(query, 20); // warm-up
    // Each query's time is its median over several passes through the whole set (not back to back, so that a
    // query does not find its own data still in cache): a single pass on a shared machine times the scheduler as
    // much as the engine, and one descheduled query moves the p95 of a hundred.
    const passes = Array.from({ length: TIMING_PASSES }, () =>
      queries.map((query) => {
        const t = performance.now();
        searcher.search(query, 20);
        return performance.now() - t;
      }),
    );
    const times = queries.map((_, q) => median(passes.map((pass) => pass[q] ?? 0)));
    times.sort((a, b) => a - b);
    const percentile = (p: number): number => Math.round((times[Math.floor((times.length - 1) * p)] ?? 0) * 100) / 100;
    timed[`${mix}.p50Ms`] = percentile(0.5);
    timed[`${mix}.p95Ms`] = percentile(0.95);
    results[mix] = queries.map((query) => searcher.search(query, Infinity));
  }
  timed.afterQueriesRssMB = rssMB();
  if (searcher.add) {
    // One more issue, from its parsed model to found by its 文号: what importing into this library costs search.
    const { issue, n } = JSON.parse(readFileSync(extraFile, 'utf8')) as { issue: ParsedIssue; n: number };
    const docNumber = issue.documents[0]?.docNumber ?? '';
    const t = performance.now();
    searcher.add(issue, n);
    const found = searcher.search(docNumber, 20).length > 0;
    timed.addIssueMs = Math.round(performance.now() - t);
    if (!found) throw new Error(`the added issue's ${docNumber} was not found`);
  }
  writeFileSync(resultsFile, JSON.stringify(results));
  process.stdout.write(JSON.stringify(timed));
}

function runChild(args: string[]): Record<string, number> {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`bench child ${args.join(' ')} failed (${child.status})`);
  return JSON.parse(child.stdout) as Record<string, number>;
}

/** Recall and precision of `found` against the scan's `truth`, over every query of a mix. */
function accuracy(found: string[][], truth: string[][]): { recall: number; precision: number } {
  let relevant = 0;
  let returned = 0;
  let correct = 0;
  found.forEach((ids, q) => {
    const expected = new Set(truth[q]);
    relevant += expected.size;
    returned += ids.length;
    correct += ids.filter((id) => expected.has(id)).length;
  });
  return {
    recall: relevant === 0 ? 1 : Math.round((correct / relevant) * 1000) / 1000,
    precision: returned === 0 ? 1 : Math.round((correct / returned) * 1000) / 1000,
  };
}

/** `ours` is the name the issue tracker uses for our engine. */
const engineAliases: Record<string, string> = { ours: 'gazette' };

function main(): void {
  const issueCount = Number(argValue('--issues') ?? 100);
  const names = (argValue('--engines') ?? 'scan,gazette,minisearch,flexsearch')
    .split(',')
    .map((name) => engineAliases[name.trim()] ?? name.trim());
  const unknown = names.filter((name) => !engines[name]);
  if (unknown.length > 0) throw new Error(`unknown engine ${unknown.join(', ')}: ${Object.keys(engines).join(', ')}`);
  // The scan is the reference for recall and precision, so it always runs, first.
  const ordered = ['scan', ...names.filter((name) => name !== 'scan')];
  const work = mkdtempSync(join(tmpdir(), 'gazette-bench-'));
  try {
    // One issue more than the library holds, to time adding it to the loaded index.
    const issues = generateCorpus(issueCount + 1);
    const extra = issues.pop() as ParsedIssue;
    const extraFile = join(work, 'extra.json');
    writeFileSync(extraFile, JSON.stringify({ issue: extra, n: issueCount }));
    const documents = issues.reduce((sum, issue) => sum + issue.documents.length, 0);
    const textBytes = issues.reduce(
      (sum, i) => sum + i.documents.reduce((s, d) => s + Buffer.byteLength(documentText(d)), 0),
      0,
    );
    const textMB = textBytes / 1048576;
    const corpusFile = join(work, 'corpus.json');
    const queriesFile = join(work, 'queries.json');
    writeFileSync(corpusFile, JSON.stringify(issues));
    const mixes = makeQueries(issues);
    writeFileSync(queriesFile, JSON.stringify(mixes));
    const counts = Object.entries(mixes).map(([mix, queries]) => `${queries.length} ${mix}`);
    console.error(
      `${issueCount} issues, ${documents} documents, ${textMB.toFixed(1)} MB of text, queries: ${counts.join(', ')}`,
    );

    const measured = ordered.map((name) => {
      const dir = join(work, name);
      mkdirSync(dir);
      console.error(`${name}: building…`);
      const build = runChild(['--child-build', name, corpusFile, dir]);
      // Before querying, which adds an issue.
      const indexBytes = folderBytes(dir);
      console.error(`${name}: loading and querying…`);
      const resultsFile = join(work, `${name}.results.json`);
      const query = runChild(['--child-query', name, dir, queriesFile, resultsFile, extraFile]);
      const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, string[][]>;
      return { name, ...build, indexBytes, ...query, results };
    });
    const truth = measured[0]?.results ?? {};
    const rows = measured.map(({ results, ...row }) => {
      const scores: Record<string, number> = {};
      for (const mix of Object.keys(mixes)) {
        const { recall, precision } = accuracy(results[mix] ?? [], truth[mix] ?? []);
        scores[`${mix}.recall`] = recall;
        scores[`${mix}.precision`] = precision;
      }
      return { ...row, indexToText: Math.round((row.indexBytes / textBytes) * 100) / 100, ...scores };
    });
    const corpusRss = Number((measured[0] as Record<string, unknown> | undefined)?.corpusRssMB ?? 0);
    console.log(
      `\n${issueCount} issues, ${documents} documents, ${textMB.toFixed(1)} MB text (build peaks include ~${corpusRss} MB for the corpus itself)`,
    );
    console.table(rows.map(({ indexBytes, ...row }) => ({ ...row, indexMB: Math.round(indexBytes / 104857.6) / 10 })));
    const jsonFile = argValue('--json');
    if (jsonFile) {
      const report = { issues: issueCount, documents, textBytes, queries: mixes, engines: rows };
      writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--child-build') childBuild(rest[0] ?? '', rest[1] ?? '', rest[2] ?? '');
else if (mode === '--child-query')
  childQuery(rest[0] ?? '', rest[1] ?? '', rest[2] ?? '', rest[3] ?? '', rest[4] ?? '');
else main();
