/**
 * Worker-thread entry for search (a build entry of its own): it owns the search index, so reading hundreds of
 * shards at open and long queries never block the main process. Requests come in order (searchTypes.ts); a search
 * sent while shards are still loading simply waits behind them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createSearchIndex } from '../search/searchIndex';
import { loadIssueShard } from './issueShard';
import { issueLabel } from '../../shared/issueLabel';
import { shardRebuiltNotice, shardUnreadableNotice } from './libraryNotices';
import type { SearchReply, SearchRequest, SearchWorkerData } from './searchTypes';

const { root } = workerData as SearchWorkerData;
const index = createSearchIndex();
const post = (reply: SearchReply): void => parentPort?.postMessage(reply);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

parentPort?.on('message', (request: SearchRequest) => {
  if (request.type === 'load') {
    for (const issue of request.issues) {
      try {
        index.addShard(
          loadIssueShard(root, issue, (parsed) => {
            const name = issueLabel({ ...parsed.issue, fileName: parsed.source.fileName });
            post({ type: 'warning', message: shardRebuiltNotice(name) });
          }),
        );
      } catch {
        // One unreadable issue must not take search down for the others; it stays out of the results. A folder
        // that is gone was removed or replaced since the request was sent, and a later request says so.
        index.removeShard(issue.id);
        if (existsSync(join(root, issue.folder))) post({ type: 'warning', message: shardUnreadableNotice(issue.id) });
      }
    }
  } else if (request.type === 'remove') {
    for (const issueId of request.issueIds) index.removeShard(issueId);
  } else {
    try {
      post({ type: 'result', id: request.id, response: index.search(request.query, request.options) });
    } catch (error) {
      post({ type: 'failed', id: request.id, message: messageOf(error) });
    }
  }
});
