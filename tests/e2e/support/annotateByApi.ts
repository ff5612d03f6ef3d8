/** Highlights and notes made through `window.gazette` (as the reader would save them), for specs about their use. */
import { expect } from './fixtures';
import type { GazetteApp } from './gazetteApp';

export interface StoredNote {
  version: 1;
  editorState: string;
  text: string;
}

export interface Passage {
  quote: string;
  color: 'yellow' | 'green' | 'blue' | 'red' | 'purple';
  style: 'highlight' | 'underline';
  note: StoredNote | null;
}

/** A note as the editor stores it: one paragraph, a bold run and then plain text. */
export function lexicalNote(bold: string, rest: string): StoredNote {
  const text = (value: string, format: number) => ({
    detail: 0,
    format,
    mode: 'normal',
    style: '',
    text: value,
    type: 'text',
    version: 1,
  });
  const runs = [...(bold === '' ? [] : [text(bold, 1)]), text(rest, 0)];
  const paragraph = { children: runs, direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 };
  const root = { children: [paragraph], direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 };
  return { version: 1, editorState: JSON.stringify({ root }), text: `${bold}${rest}` };
}

/** Highlights each passage (its first occurrence) of the document titled `title`, and writes its document note. */
export async function annotate(
  app: GazetteApp,
  title: string,
  passages: readonly Passage[],
  documentNote: string | null = null,
): Promise<string[]> {
  const outcome = await app.page.evaluate(
    async ({ title, passages, documentNote }) => {
      const issues = await window.gazette.listIssues();
      if (!issues.ok) return issues.error.message;
      const docId = issues.value.flatMap((issue) => issue.documents).find((d) => d.title === title)?.id ?? '';
      const opened = await window.gazette.getDocument({ docId });
      if (!opened.ok) return opened.error.message;
      const ids: string[] = [];
      for (const passage of passages) {
        const block = opened.value.document.blocks.find((b) => b.text.includes(passage.quote));
        if (!block) return `no block holds ${passage.quote}`;
        const start = block.start + block.text.indexOf(passage.quote);
        const made = await window.gazette.createAnnotation({
          docId,
          range: { start, end: start + passage.quote.length },
          color: passage.color,
          style: passage.style,
          note: passage.note,
        });
        if (!made.ok) return made.error.message;
        ids.push(made.value.id);
      }
      if (documentNote !== null) {
        const note = { version: 1 as const, editorState: '{}', text: documentNote };
        const made = await window.gazette.createAnnotation({
          docId,
          range: null,
          color: 'yellow',
          style: 'highlight',
          note,
        });
        if (!made.ok) return made.error.message;
      }
      return ids;
    },
    { title, passages, documentNote },
  );
  expect(outcome).toBeInstanceOf(Array);
  return outcome as string[];
}
