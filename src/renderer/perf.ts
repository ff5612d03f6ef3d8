/**
 * Performance marks for the moments the e2e speed spec reports (open a document, turn a page, re-paginate, show
 * search results). A measure ends after the next paint — a frame callback, then a task — so it times what the user
 * sees, not just the React commit.
 */
export type MeasureName =
  'gazette:open-document' | 'gazette:page-turn' | 'gazette:repaginate' | 'gazette:resize-repaginate' | 'gazette:search';

const pending = new Set<MeasureName>();

export function startMeasure(name: MeasureName): void {
  performance.mark(`${name}:start`);
  pending.add(name);
}

export function endMeasureAfterPaint(name: MeasureName): void {
  if (!pending.delete(name)) return;
  requestAnimationFrame(() => {
    setTimeout(() => {
      performance.measure(name, `${name}:start`);
    }, 0);
  });
}
