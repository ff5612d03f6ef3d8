/**
 * The library's side of the search worker (searchWorker.ts): it tells the worker which issues are in, and turns
 * searches into requests answered by promise.
 *
 * The worker starts loading at once and is unreferenced while no search waits on it, so a command that never
 * searches (`gazette list`) exits without waiting for the index. If the worker dies, the waiting searches fail
 * and the next search starts a new one with the issues the library has now.
 */
import { Worker } from 'node:worker_threads';
import type { SearchResponse } from '../../shared/api';
import type { SearchOptions } from '../search/searchIndex';
import type { IssueLocation } from './issueShard';
import type { SearchReply, SearchRequest, SearchWorkerData } from './searchTypes';

export interface SearchHostOptions {
  root: string;
  workerPath: string | URL;
  execArgv: string[];
  warn: (message: string) => void;
}

export interface SearchHost {
  /** Adds issues, or replaces them when their id is already in. */
  load(issues: readonly IssueLocation[]): void;
  remove(issueIds: readonly string[]): void;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
}

interface Waiting {
  resolve: (response: SearchResponse) => void;
  reject: (error: Error) => void;
}

export function startSearchHost(options: SearchHostOptions): SearchHost {
  const issues = new Map<string, IssueLocation>();
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let worker: Worker | null = null;

  function stopped(error: Error): void {
    worker = null;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  }

  function onReply(reply: SearchReply): void {
    if (reply.type === 'warning') {
      options.warn(reply.message);
      return;
    }
    const request = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) worker?.unref();
    if (reply.type === 'result') request?.resolve(reply.response);
    else request?.reject(new Error(`搜索出错：${reply.message}`));
  }

  function running(): Worker {
    if (worker) return worker;
    const workerData: SearchWorkerData = { root: options.root };
    const started = new Worker(options.workerPath, { workerData, execArgv: options.execArgv });
    started.on('message', onReply);
    started.on('error', (error: Error) => {
      if (worker === started) stopped(new Error(`搜索进程出错：${error.message}`));
    });
    started.on('exit', () => {
      if (worker === started) stopped(new Error('搜索进程意外退出。'));
    });
    // After the listeners: adding a 'message' listener references the worker again.
    started.unref();
    worker = started;
    post(started, { type: 'load', issues: [...issues.values()] });
    return started;
  }

  const post = (target: Worker, request: SearchRequest): void => {
    target.postMessage(request);
  };

  return {
    load(loaded) {
      const located = loaded.map(({ id, folder }) => ({ id, folder }));
      for (const issue of located) issues.set(issue.id, issue);
      // A worker that starts here is sent every issue, these included.
      if (!worker) running();
      else if (located.length > 0) post(worker, { type: 'load', issues: located });
    },
    remove(issueIds) {
      for (const id of issueIds) issues.delete(id);
      // Without a worker there is nothing to tell: the next one is sent only the issues still in.
      if (worker && issueIds.length > 0) post(worker, { type: 'remove', issueIds: [...issueIds] });
    },
    search(query, searchOptions = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const target = running();
        // Referenced while a search waits, so that the process stays up for the answer.
        if (waiting.size === 0) target.ref();
        waiting.set(id, { resolve, reject });
        post(target, { type: 'search', id, query, options: searchOptions });
      });
    },
  };
}
