/**
 * The note editor, loaded lazily (React.lazy) so Lexical costs nothing until someone writes a note: rich text with
 * bold, italic, underline, strikethrough, lists, quote, undo/redo and Markdown shortcuts; paste as sanitised rich
 * text (pasteContent.ts) or, when the clipboard has no HTML (Ctrl+Shift+V), as plain text. It saves 500 ms after
 * typing stops and says so (已保存 / 正在保存 / 保存失败); a failed save keeps the text here and is retried on the
 * next change or with 重试. A pending save is flushed when the editor closes.
 */
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { HistoryExtension } from '@lexical/history';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListExtension } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { useExtensionSignalValue } from '@lexical/react/useExtensionSignalValue';
import { $createQuoteNode, RichTextExtension } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  defineExtension,
  FORMAT_TEXT_COMMAND,
  PASTE_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type EditorState,
  type InitialEditorStateType,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Note } from '../../shared/annotations/annotation';
import { NOTE_NODES, NOTE_TRANSFORMERS, noteFromEditorState } from '../logic/noteContent';
import { sanitizedPasteDocument } from '../logic/pasteContent';
import { strings } from '../strings';

export const AUTOSAVE_DELAY_MS = 500;

/** Resolves to null when saved, or to the reason it was not. */
export type SaveNote = (note: Note | null) => Promise<string | null>;

interface Props {
  initial: Note | null;
  onSave: SaveNote;
  label: string;
  autoFocus?: boolean;
}

const THEME = {
  paragraph: 'note-paragraph',
  quote: 'note-quote',
  list: { ul: 'note-ul', ol: 'note-ol', listitem: 'note-li' },
  text: {
    bold: 'note-bold',
    italic: 'note-italic',
    underline: 'note-underline',
    strikethrough: 'note-strike',
    underlineStrikethrough: 'note-underline-strike',
  },
};

/**
 * The editor's first state: the stored note, or one empty paragraph (so the caret has a place). A note whose saved
 * state is not Lexical JSON still gives the person their text, as paragraphs.
 */
function initialState(note: Note | null): InitialEditorStateType {
  if (note && isEditorStateJson(note.editorState)) return note.editorState;
  return () => {
    const root = $getRoot();
    const lines = note ? note.text.split('\n') : [''];
    for (const line of lines) root.append($createParagraphNode().append(...(line ? [$createTextNode(line)] : [])));
  };
}

function isEditorStateJson(json: string): boolean {
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && 'root' in parsed;
  } catch {
    return false;
  }
}

const FORMATS: readonly { format: TextFormatType; label: string; glyph: string }[] = [
  { format: 'bold', label: strings.bold, glyph: 'B' },
  { format: 'italic', label: strings.italic, glyph: 'I' },
  { format: 'underline', label: strings.underlineText, glyph: 'U' },
  { format: 'strikethrough', label: strings.strikethrough, glyph: 'S' },
];

function NoteToolbar(): ReactNode {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<ReadonlySet<TextFormatType>>(new Set());
  const canUndo = useExtensionSignalValue(HistoryExtension, 'canUndo');
  const canRedo = useExtensionSignalValue(HistoryExtension, 'canRedo');

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          setActive(new Set(FORMATS.map((f) => f.format).filter((format) => selection.hasFormat(format))));
        });
      }),
    [editor],
  );

  const button = (
    label: string,
    glyph: string,
    run: () => void,
    extra: { pressed?: boolean; disabled?: boolean } = {},
  ) => (
    <button
      key={label}
      type="button"
      className="note-tool"
      title={label}
      aria-pressed={extra.pressed}
      disabled={extra.disabled}
      // Keep the caret and selection in the text while clicking a tool.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onClick={run}
    >
      <span aria-hidden="true">{glyph}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );

  return (
    <div className="note-toolbar" role="toolbar" aria-label={strings.noteToolbar}>
      {FORMATS.map(({ format, label, glyph }) =>
        button(
          label,
          glyph,
          () => {
            editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
          },
          { pressed: active.has(format) },
        ),
      )}
      {button(strings.bulletList, '•', () => {
        editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      })}
      {button(strings.numberedList, '1.', () => {
        editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
      })}
      {button(strings.quote, '❝', () => {
        editor.update(() => {
          $setBlocksType($getSelection(), () => $createQuoteNode());
        });
      })}
      {button(
        strings.undo,
        '↶',
        () => {
          editor.dispatchCommand(UNDO_COMMAND, undefined);
        },
        { disabled: !canUndo },
      )}
      {button(
        strings.redo,
        '↷',
        () => {
          editor.dispatchCommand(REDO_COMMAND, undefined);
        },
        { disabled: !canRedo },
      )}
    </div>
  );
}

/** Rich paste through the sanitiser; plain text when the clipboard offers no HTML. */
function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!('clipboardData' in event) || !event.clipboardData) return false;
          const html = event.clipboardData.getData('text/html');
          const text = event.clipboardData.getData('text/plain');
          event.preventDefault();
          editor.update(() => {
            const selection = $getSelection();
            if (!selection) return;
            if (html !== '') {
              const nodes = $generateNodesFromDOM(editor, sanitizedPasteDocument(html, new DOMParser()));
              $insertGeneratedNodes(editor, nodes, selection);
            } else if ($isRangeSelection(selection)) {
              selection.insertRawText(text);
            }
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

function useAutosave(onSave: SaveNote) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef<EditorState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serial = useRef(0);
  const saveRef = useRef(onSave);
  const mounted = useRef(true);
  useEffect(() => {
    saveRef.current = onSave;
  }, [onSave]);

  const saveNow = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const editorState = latest.current;
    if (!editorState) return;
    const mine = ++serial.current;
    const report = (next: SaveState): void => {
      if (mounted.current && mine === serial.current) setState(next);
    };
    const result = noteFromEditorState(editorState);
    if (!result.ok) {
      report({ kind: 'failed', message: result.message });
      return;
    }
    report({ kind: 'saving' });
    void saveRef.current(result.note).then(
      (error) => {
        report(error === null ? { kind: 'saved' } : { kind: 'failed', message: error });
      },
      (error: unknown) => {
        report({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, []);

  const changed = useCallback(
    (editorState: EditorState) => {
      latest.current = editorState;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(saveNow, AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  // Closing the editor within the delay still saves what was typed.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current !== null) saveNow();
    };
  }, [saveNow]);

  return { state, changed, saveNow };
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }): ReactNode {
  return (
    <div className="note-status">
      <span role="status" className={state.kind === 'failed' ? 'note-status-failed' : undefined}>
        {state.kind === 'saving' && strings.noteSaving}
        {state.kind === 'saved' && strings.noteSaved}
      </span>
      {state.kind === 'failed' && (
        <p role="alert" className="note-status-failed">
          {strings.noteSaveFailed(state.message)}{' '}
          <button type="button" onClick={onRetry}>
            {strings.noteRetry}
          </button>
        </p>
      )}
    </div>
  );
}

/** Focuses the text once the editor has its element (it mounts after the lazy chunk and the popover). */
function AutoFocus(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (root) editor.focus();
      }),
    [editor],
  );
  return null;
}

export default function NoteEditor({ initial, onSave, label, autoFocus = false }: Props): ReactNode {
  const autosave = useAutosave(onSave);
  // Built once per editor: a new extension would make a new editor and lose what was typed.
  const [initialNote] = useState(initial);
  const extension = useMemo(
    () =>
      defineExtension({
        name: '[gazette-note]',
        namespace: 'gazette-note',
        nodes: [...NOTE_NODES],
        theme: THEME,
        $initialEditorState: initialState(initialNote),
        onError: (error: Error) => {
          console.error(error);
        },
        dependencies: [RichTextExtension, HistoryExtension, ListExtension],
      }),
    [initialNote],
  );
  return (
    <LexicalExtensionComposer extension={extension} contentEditable={null}>
      <div className="note-editor">
        <NoteToolbar />
        <div className="note-body">
          <ContentEditable
            className="note-input"
            aria-label={label}
            aria-multiline
            aria-placeholder={strings.notePlaceholder}
            placeholder={<div className="note-placeholder">{strings.notePlaceholder}</div>}
          />
        </div>
        <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
        <PastePlugin />
        <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={autosave.changed} />
        {autoFocus && <AutoFocus />}
        <SaveStatus state={autosave.state} onRetry={autosave.saveNow} />
      </div>
    </LexicalExtensionComposer>
  );
}
