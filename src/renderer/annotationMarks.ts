/** Reading the highlight layer back from the DOM: its marks hold annotation ids and nothing else. */

/** The ids of the highlights drawn at `element`: its own mark and every highlight mark around it, innermost first. */
export function annotationIdsAt(element: Element | null): string[] {
  const ids: string[] = [];
  for (let mark = element?.closest('[data-annotation-id]'); mark;) {
    const id = mark.getAttribute('data-annotation-id');
    if (id !== null && !ids.includes(id)) ids.push(id);
    mark = mark.parentElement?.closest('[data-annotation-id]') ?? null;
  }
  return ids;
}
