/**
 * `npm run bench [-- --issues 500] [--json FILE]`: builds, saves, loads and queries N generated issues with our
 * index, MiniSearch, FlexSearch and a brute-force scan, each engine in fresh child processes (one to build, one to
 * load and query) so that memory figures are its own. Query times are per-query medians of five passes (see
 * childQuery). Recall and precision are measured against the scan.
 * Not a test: it takes minutes at 500 issues.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedIssue } from '../src/shared/model';
import { documentText } from '../src/shared/model';
import { fold } from '../src/shared/search/fold';
import { generateCorpus, random } from './corpus';
import { engines } from './engines';

const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

function makeQueries(issues: ParsedIssue[], seed = 7): string[] {
  const rand = random(seed);
  const docs = issues.flatMap((issue) => issue.documents);
  const substring = (length: number): string => {
    for (;;) {
      const doc = docs[Math.floor(rand() * docs.length)];
      const text = doc ? fold(documentText(doc)) : '';
      const start = Math.floor(rand() * Math.max(1, text.length - length));
      const piece = text.slice(start, start + length);
      if (piece.length === length && !/["“”＂「」『』\s-]|^[+＋－]|[:：]/u.test(piece)) return piece;
    }
  };
  const queries: string[] = [];
  for (let i = 0; i < 60; i++) queries.push(substring(1 + (i % 8)));
  for (let i = 0; i < 20; i++) queries.push(`${substring(2 + (i % 3))} ${substring(2 + (i % 4))}`);
  for (let i = 0; i < 20; i++) {
    const docNumber = docs[Math.floor(rand() * docs.length)]?.docNumber ?? '';
    const spellings = [
      docNumber,
      docNumber.replace('〔', '[').replace('〕', ']'),
      docNumber.replace('〔', '(').replace('〕', ')'),
      docNumber.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    ];
    queries.push(spellings[i % spellings.length] ?? docNumber);
  }
  return queries;
}

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

/** Child: load the index, time the queries, and write every query's complete result set. */
function childQuery(engineName: string, dir: string, queriesFile: string, resultsFile: string): void {
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as string[];
  const start = performance.now();
  const searcher = engines[engineName]?.load(dir);
  if (!searcher) throw new Error(`unknown engine ${engineName}`);
  const loadMs = Math.round(performance.now() - start);
  const loadedRssMB = rssMB();
  for (const query of queries.slice(0, 10)) searcher.search(query, 20); // warm-up
  // Each query's time is its median over several passes through the whole set (not back to back, so that a query
  // does not find its own data still in cache): a single pass on a shared machine times the scheduler as much as
  // the engine, and one descheduled query moves the p95 of a hundred.
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
  writeFileSync(resultsFile, JSON.stringify(queries.map((query) => searcher.search(query, Infinity))));
  process.stdout.write(JSON.stringify({ loadMs, loadedRssMB, p50Ms: percentile(0.5), p95Ms: percentile(0.95) }));
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

function main(): void {
  const issueCount = Number(argValue('--issues') ?? 100);
  const work = mkdtempSync(join(tmpdir(), 'gazette-bench-'));
  try {
    const issues = generateCorpus(issueCount);
    const documents = issues.reduce((sum, issue) => sum + issue.documents.length, 0);
    const textMB =
      issues.reduce((sum, i) => sum + i.documents.reduce((s, d) => s + Buffer.byteLength(documentText(d)), 0), 0) /
      1048576;
    const corpusFile = join(work, 'corpus.json');
    const queriesFile = join(work, 'queries.json');
    writeFileSync(corpusFile, JSON.stringify(issues));
    const queries = makeQueries(issues);
    writeFileSync(queriesFile, JSON.stringify(queries));
    console.error(
      `${issueCount} issues, ${documents} documents, ${textMB.toFixed(1)} MB of text, ${queries.length} queries`,
    );

    const names = ['scan', 'gazette', 'minisearch', 'flexsearch'];
    const measured = names.map((name) => {
      const dir = join(work, name);
      mkdirSync(dir);
      console.error(`${name}: building…`);
      const build = runChild(['--child-build', name, corpusFile, dir]);
      console.error(`${name}: loading and querying…`);
      const resultsFile = join(work, `${name}.results.json`);
      const query = runChild(['--child-query', name, dir, queriesFile, resultsFile]);
      return { name, corpusRssMB: 0, ...build, indexBytes: folderBytes(dir), ...query, resultsFile };
    });
    const truth = JSON.parse(readFileSync(measured[0]?.resultsFile ?? '', 'utf8')) as string[][];
    const rows = measured.map(({ resultsFile, corpusRssMB: _, ...row }) => {
      const found = JSON.parse(readFileSync(resultsFile, 'utf8')) as string[][];
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
        ...row,
        recall: relevant === 0 ? 1 : Math.round((correct / relevant) * 1000) / 1000,
        precision: returned === 0 ? 1 : Math.round((correct / returned) * 1000) / 1000,
      };
    });
    const corpusRss = measured[0]?.corpusRssMB ?? 0;
    console.log(
      `\n${issueCount} issues, ${documents} documents, ${textMB.toFixed(1)} MB text (build peaks include ~${corpusRss} MB for the corpus itself)`,
    );
    console.table(rows.map(({ indexBytes, ...row }) => ({ ...row, indexMB: Math.round(indexBytes / 104857.6) / 10 })));
    const jsonFile = argValue('--json');
    if (jsonFile)
      writeFileSync(jsonFile, `${JSON.stringify({ issues: issueCount, documents, engines: rows }, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--child-build') childBuild(rest[0] ?? '', rest[1] ?? '', rest[2] ?? '');
else if (mode === '--child-query') childQuery(rest[0] ?? '', rest[1] ?? '', rest[2] ?? '', rest[3] ?? '');
else main();
