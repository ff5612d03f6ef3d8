/**
 * A stand-in for searchWorker.ts that speaks the same messages: it answers a search with the ids of the issues it
 * holds (as hit ids), and exits abruptly when asked to search for `exit`.
 */
import { parentPort } from 'node:worker_threads';
import type { SearchReply, SearchRequest } from '../../../src/main/library/searchTypes';

const held = new Map<string, string>();
parentPort?.on('message', (request: SearchRequest) => {
  if (request.type === 'load') for (const issue of request.issues) held.set(issue.id, issue.folder);
  else if (request.type === 'remove') for (const id of request.issueIds) held.delete(id);
  else if (request.query === 'exit') process.exit(3);
  else {
    const hits = [...held].map(([issueId, folder]) => ({
      docId: folder,
      issueId,
      docNumber: null,
      title: '',
      issuer: null,
      signedOn: null,
      score: 0,
      snippets: [],
    }));
    const reply: SearchReply = { type: 'result', id: request.id, response: { total: held.size, hits } };
    parentPort?.postMessage(reply);
  }
});
