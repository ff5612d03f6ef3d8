/** A note shown in lists without loading the editor (this module must not import Lexical: the editor is lazy). */
import type { Note } from '../../shared/annotations/annotation';

/** The start of a note's text on one line, for the 批注 panel. */
export function noteExcerpt(note: Note | null, maxChars = 60): string {
  if (!note) return '';
  const line = note.text.replace(/\s+/gu, ' ').trim();
  return line.length > maxChars ? `${line.slice(0, maxChars)}…` : line;
}
