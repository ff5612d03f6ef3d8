// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableIframePageLoading":true,"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true}}
import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { $createListItemNode, $createListNode, $isListNode, ListItemNode } from '@lexical/list';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { $isQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_CHARS, NOTE_TOO_LARGE } from '../../../src/shared/annotations/annotation';
import { NOTE_NODES, NOTE_TRANSFORMERS, noteFromEditorState } from '../../../src/renderer/logic/noteContent';
import { noteExcerpt } from '../../../src/renderer/logic/noteExcerpt';
import { sanitizedPasteDocument } from '../../../src/renderer/logic/pasteContent';

const editor = (): LexicalEditor =>
  createHeadlessEditor({
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });

/** The tree as nested [type, children or text+format] — what the tests compare. */
function shape(node: LexicalNode): unknown {
  if ($isTextNode(node)) return [node.getTextContent(), node.getFormat()];
  if ($isElementNode(node)) return [node.getType(), node.getChildren().map(shape)];
  return node.getType();
}

const treeOf = (target: LexicalEditor): unknown => target.getEditorState().read(() => shape($getRoot()));

const BOLD = 1;
const ITALIC = 2;

describe('noteFromEditorState', () => {
  it('stores a note with bold text and a list in the versioned wrapper, and it loads back as the same tree', () => {
    const source = editor();
    source.update(
      () => {
        const paragraph = $createParagraphNode().append($createTextNode('要点').toggleFormat('bold'));
        const list = $createListNode('bullet').append(
          $createListItemNode().append($createTextNode('第一条')),
          $createListItemNode().append($createTextNode('第二条')),
        );
        $getRoot().append(paragraph, list);
      },
      { discrete: true },
    );
    const result = noteFromEditorState(source.getEditorState());
    if (!result.ok || !result.note) throw new Error('expected a note');
    expect(result.note.version).toBe(1);
    expect(result.note.text).toBe('要点\n\n第一条\n\n第二条');

    const target = editor();
    target.setEditorState(target.parseEditorState(result.note.editorState));
    expect(treeOf(target)).toEqual([
      'root',
      [
        ['paragraph', [['要点', BOLD]]],
        [
          'list',
          [
            ['listitem', [['第一条', 0]]],
            ['listitem', [['第二条', 0]]],
          ],
        ],
      ],
    ]);
  });

  it('gives no note for an editor without text', () => {
    const empty = editor();
    empty.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
    expect(noteFromEditorState(empty.getEditorState())).toEqual({ ok: true, note: null });
  });

  it('refuses a note over the maximum size with the clear message', () => {
    const large = editor();
    large.update(() => $getRoot().append($createParagraphNode().append($createTextNode('字'.repeat(NOTE_MAX_CHARS)))), {
      discrete: true,
    });
    expect(noteFromEditorState(large.getEditorState())).toEqual({ ok: false, message: NOTE_TOO_LARGE });
  });
});

describe('the Markdown shortcuts', () => {
  it('make lists, quotes, bold and italic with only the nodes a note registers', () => {
    const target = editor();
    target.update(
      () => {
        $convertFromMarkdownString('- 一\n- 二\n\n> 引文\n\n**粗** 与 *斜*', NOTE_TRANSFORMERS);
      },
      { discrete: true },
    );
    const tree = target.getEditorState().read(() => {
      const [list, quote, paragraph] = $getRoot().getChildren();
      return {
        list: $isListNode(list) ? list.getChildren().map((item) => item.getTextContent()) : null,
        quote: $isQuoteNode(quote) ? quote.getTextContent() : null,
        paragraph: paragraph ? shape(paragraph) : null,
      };
    });
    expect(tree).toEqual({
      list: ['一', '二'],
      quote: '引文',
      paragraph: [
        'paragraph',
        [
          ['粗', BOLD],
          [' 与 ', 0],
          ['斜', ITALIC],
        ],
      ],
    });
  });
});

describe('noteExcerpt', () => {
  it('puts the start of the note on one line', () => {
    const note = { version: 1 as const, editorState: '{}', text: '第一行\n\n第二行很长很长' };
    expect(noteExcerpt(note, 8)).toBe('第一行 第二行很…');
    expect(noteExcerpt(null)).toBe('');
  });
});

describe('sanitizedPasteDocument', () => {
  const HTML = [
    '<meta charset="utf-8"><style>p{color:red}</style>',
    '<h1 class="x">标题</h1>',
    '<p style="color:red" onclick="alert(1)">正文<b>粗体</b><img src="https://example.com/a.png" onerror="x()">',
    '<a href="https://example.com/">远程链接</a><script>alert(1)</script></p>',
    '<ul><li><span style="font-weight:700">项</span></li></ul>',
    '<object data="https://example.com/x.swf"></object><svg><text>矢量</text></svg><blockquote>引用</blockquote>',
  ].join('');

  it('keeps text and the note formats, and drops scripts, styles, images, embedded objects, links and every attribute', () => {
    const document = sanitizedPasteDocument(HTML, new DOMParser());
    expect(document.body.innerHTML).toBe(
      '<p>标题</p><p>正文<b>粗体</b>远程链接</p><ul><li>项</li></ul><blockquote>引用</blockquote>',
    );
  });

  it('becomes note nodes with the bold kept and no link, image or script in the tree', () => {
    const target = editor();
    target.update(
      () => {
        const nodes = $generateNodesFromDOM(target, sanitizedPasteDocument(HTML, new DOMParser()));
        $getRoot().append(...nodes);
      },
      { discrete: true },
    );
    const json = JSON.stringify(target.getEditorState().toJSON());
    expect(json).not.toMatch(/example\.com|script|alert|image|link/u);
    const text = target.getEditorState().read(() => $getRoot().getTextContent());
    expect(text).toContain('正文粗体远程链接');
    const bold = target.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((node) => node.hasFormat('bold'))
        .map((node) => node.getTextContent()),
    );
    expect(bold).toEqual(['粗体']);
    expect(ListItemNode.getType()).toBe('listitem');
  });
});
