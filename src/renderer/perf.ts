/**
 * Performance marks for the moments the e2e speed spec reports (open a document, turn a page, re-paginate, show
 * search results, show a document's highlights). A measure ends after the next paint — a frame callback, then a task — so it times what the user
 * sees, not just the React commit.
 */
export type MeasureName =
  | 'gazette:open-document'
  | 'gazette:open-highlights'
  | 'gazette:page-turn'
  | 'gazette:repaginate'
  | 'gazette:resize-repaginate'
  | 'gazette:search'
  | 'gazette:my-notes-open'
  | 'gazette:my-notes-filter';

/** Opening a document is also timed until its highlights are painted (they load beside the document). */
const STARTS_WITH: Partial<Record<MeasureName, MeasureName>> = { 'gazette:open-document': 'gazette:open-highlights' };

const pending = new Set<MeasureName>();

export function startMeasure(name: MeasureName): void {
  for (const started of [name, STARTS_WITH[name]]) {
    if (started === undefined) continue;
    performance.mark(`${started}:start`);
    pending.add(started);
  }
}

export function endMeasureAfterPaint(name: MeasureName): void {
  if (!pending.delete(name)) return;
  requestAnimationFrame(() => {
    setTimeout(() => {
      performance.measure(name, `${name}:start`);
    }, 0);
  });
}
