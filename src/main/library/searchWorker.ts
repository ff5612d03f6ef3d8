/**
 * Worker-thread entry for search (a build entry of its own): it owns the search index, so reading hundreds of
 * shards at open and long queries never block the main process. Requests come in order (searchTypes.ts); a search
 * sent while shards are still loading simply waits behind them.
 *
 * It also keeps the library's merged postings: read before the first shards, and written again after the first load
 * when they were missing or out of date, and later when enough issues came in or went since.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openMergedPostings, serializeMergedPostings } from '../search/postingsFile';
import { createSearchIndex } from '../search/searchIndex';
import { replaceFileAtomically } from './atomicFiles';
import { loadIssueShard } from './issueShard';
import { issueLabel } from '../../shared/issueLabel';
import { shardRebuiltNotice, shardUnreadableNotice } from './libraryNotices';
import { MERGED_POSTINGS_FILE, type SearchReply, type SearchRequest, type SearchWorkerData } from './searchTypes';

const { root } = workerData as SearchWorkerData;
const index = createSearchIndex();
const post = (reply: SearchReply): void => parentPort?.postMessage(reply);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const postingsPath = join(root, MERGED_POSTINGS_FILE);
let loadedOnce = false;

/**
 * Merging reads and writes every posting (about a second at 2,000 issues), so after the first load it waits for
 * 16 issues with postings of their own, or a tenth of the numbers dead; until then those issues cost a few
 * milliseconds each at start.
 */
function mergeWhenWorthIt(always: boolean): void {
  const { issues, removedDocuments, documents } = index.unmerged();
  if (issues === 0 && removedDocuments === 0) return;
  if (!always && issues < 16 && removedDocuments < documents / 10) return;
  const merged = index.merge();
  try {
    replaceFileAtomically(postingsPath, serializeMergedPostings(merged));
  } catch {
    // A read-only library (or a full disk) keeps the merged postings in memory; the next start computes them again.
    return;
  }
  const saved = openMergedPostings(postingsPath);
  if (saved && !index.readMergedPostingsFrom(saved)) saved.close?.();
}

parentPort?.on('message', (request: SearchRequest) => {
  if (request.type === 'load') {
    if (!loadedOnce) {
      const merged = openMergedPostings(postingsPath);
      if (merged) index.useMergedPostings(merged);
    }
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
    mergeWhenWorthIt(!loadedOnce);
    loadedOnce = true;
  } else if (request.type === 'remove') {
    for (const issueId of request.issueIds) index.removeShard(issueId);
    mergeWhenWorthIt(false);
  } else {
    try {
      post({ type: 'result', id: request.id, response: index.search(request.query, request.options) });
    } catch (error) {
      post({ type: 'failed', id: request.id, message: messageOf(error) });
    }
  }
});
