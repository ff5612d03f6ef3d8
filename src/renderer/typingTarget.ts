/** Where a key press is typing: a text field, a select or an editable (the note editor), whose keys are its own. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}
