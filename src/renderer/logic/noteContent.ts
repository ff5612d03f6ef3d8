/**
 * What a note is made of in the Lexical editor — the nodes it registers and the Markdown shortcuts for them — and
 * how an editor state becomes the stored note: Lexical's serialised state in the versioned wrapper, plus its plain
 * text for search. The editor component and the tests share these, so what the tests pin is what people get.
 */
import { ListItemNode, ListNode } from '@lexical/list';
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';
import { QuoteNode } from '@lexical/rich-text';
import { $getRoot, type EditorState, type Klass, type LexicalNode } from 'lexical';
import { NOTE_FORMAT_VERSION, noteSchema, type Note } from '../../shared/annotations/annotation';

export const NOTE_NODES: readonly Klass<LexicalNode>[] = [ListNode, ListItemNode, QuoteNode];

/** Only shortcuts for the nodes above: `- ` / `1. ` lists, `> ` quote, `**bold**`, `*italic*`, `~~strike~~`. */
export const NOTE_TRANSFORMERS: Transformer[] = [
  UNORDERED_LIST,
  ORDERED_LIST,
  QUOTE,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
];

export type NoteResult = { ok: true; note: Note | null } | { ok: false; message: string };

/** The note to store for an editor state: null when it holds no text, a refusal when it is too large. */
export function noteFromEditorState(state: EditorState): NoteResult {
  const text = state.read(() => $getRoot().getTextContent());
  if (text.trim() === '') return { ok: true, note: null };
  const parsed = noteSchema.safeParse({
    version: NOTE_FORMAT_VERSION,
    editorState: JSON.stringify(state.toJSON()),
    text,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? '' };
  return { ok: true, note: parsed.data };
}
