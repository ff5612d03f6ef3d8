/** An annotation as the store holds it, for tests of what the renderer draws and prints from a list of them. */
import type { Annotation, AnchorStatus } from '../../src/shared/annotations/annotation';

/** A yellow highlight of `exact` at `start` of document `doc`, without note or tags. */
export function highlightRecord(
  id: string,
  start: number,
  exact: string,
  status: AnchorStatus = 'anchored',
): Annotation {
  return {
    id,
    docId: 'doc',
    docKey: 'key',
    anchor: { start, end: start + exact.length, exact, prefix: '', suffix: '' },
    textHash: 'hash',
    status,
    color: 'yellow',
    style: 'highlight',
    note: null,
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
  };
}
