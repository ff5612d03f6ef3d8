/**
 * A note's Lexical state as Markdown or HTML: for the exports (so the app and the `gazette` command give the same
 * files) and for the printed 批注 appendix in the renderer, which must read a note the way the exports do. Written
 * over the serialised JSON rather than through `@lexical/headless`: the nodes a note can hold are few (paragraphs,
 * 引用, lists, line breaks, bold/italic/underline/strikethrough text), the HTML side would otherwise need a DOM, and
 * a state Lexical would refuse (a node type from a newer version) still exports — as its text, never as nothing.
 */
import type { Note } from './annotation';

interface LexicalNode {
  type: string;
  text: string;
  format: number;
  listType: string;
  start: number;
  children: LexicalNode[];
}

const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;

function toNode(value: unknown): LexicalNode {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const children = Array.isArray(record.children) ? record.children.map(toNode) : [];
  return {
    type: typeof record.type === 'string' ? record.type : '',
    text: typeof record.text === 'string' ? record.text : '',
    format: typeof record.format === 'number' ? record.format : 0,
    listType: typeof record.listType === 'string' ? record.listType : 'bullet',
    start: typeof record.start === 'number' ? record.start : 1,
    children,
  };
}

/** The note's top-level blocks, or null when its state cannot be read (the plain text is used instead). */
function blocksOf(note: Note): LexicalNode[] | null {
  try {
    const state: unknown = JSON.parse(note.editorState);
    const root = typeof state === 'object' && state !== null ? (state as Record<string, unknown>).root : undefined;
    const blocks = toNode(root).children;
    return blocks.length > 0 ? blocks : null;
  } catch {
    return null;
  }
}

/** Characters Markdown would read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~[\]<>|#]/gu, (char) => `\\${char}`);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${String(char.charCodeAt(0))};`);
}

function inlineMarkdown(nodes: readonly LexicalNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '\\\n';
      if (node.type === 'tab') return '\t';
      if (node.type !== 'text') return inlineMarkdown(node.children);
      // Markdown marks must hug the text: leading and trailing spaces stay outside them.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(node.text) ?? [];
      if (core === '') return node.text;
      let marked = escapeMarkdown(core);
      if (node.format & STRIKETHROUGH) marked = `~~${marked}~~`;
      if (node.format & ITALIC) marked = `*${marked}*`;
      if (node.format & BOLD) marked = `**${marked}**`;
      return `${lead}${marked}${trail}`;
    })
    .join('');
}

function listMarkdown(list: LexicalNode, depth: number): string[] {
  const lines: string[] = [];
  let number = list.start;
  for (const item of list.children) {
    const nested = item.children.filter((child) => child.type === 'list');
    const inline = item.children.filter((child) => child.type !== 'list');
    if (inline.length > 0 || nested.length === 0) {
      const marker = list.listType === 'number' ? `${String(number++)}.` : '-';
      lines.push(`${'   '.repeat(depth)}${marker} ${inlineMarkdown(inline)}`);
    }
    for (const child of nested) lines.push(...listMarkdown(child, depth + 1));
  }
  return lines;
}

export function noteToMarkdown(note: Note): string {
  const blocks = blocksOf(note);
  if (!blocks) return note.text.split('\n').map(escapeMarkdown).join('\n\n');
  return blocks
    .map((block) => {
      if (block.type === 'list') return listMarkdown(block, 0).join('\n');
      const text = inlineMarkdown(block.children.length > 0 ? block.children : [block]);
      if (block.type === 'quote')
        return text
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n');
      return text;
    })
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

function inlineHtml(nodes: readonly LexicalNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '<br>';
      if (node.type !== 'text') return inlineHtml(node.children);
      let marked = escapeHtml(node.text);
      if (node.format & UNDERLINE) marked = `<u>${marked}</u>`;
      if (node.format & STRIKETHROUGH) marked = `<s>${marked}</s>`;
      if (node.format & ITALIC) marked = `<em>${marked}</em>`;
      if (node.format & BOLD) marked = `<strong>${marked}</strong>`;
      return marked;
    })
    .join('');
}

function blockHtml(block: LexicalNode): string {
  if (block.type === 'list') {
    const tag = block.listType === 'number' ? 'ol' : 'ul';
    const start = tag === 'ol' && block.start !== 1 ? ` start="${String(block.start)}"` : '';
    const items = block.children.map((item) => {
      const nested = item.children.filter((child) => child.type === 'list').map(blockHtml);
      return `<li>${inlineHtml(item.children.filter((child) => child.type !== 'list'))}${nested.join('')}</li>`;
    });
    return `<${tag}${start}>${items.join('')}</${tag}>`;
  }
  const inner = inlineHtml(block.children.length > 0 ? block.children : [block]);
  return block.type === 'quote' ? `<blockquote>${inner}</blockquote>` : `<p>${inner}</p>`;
}

export function noteToHtml(note: Note): string {
  const blocks = blocksOf(note);
  if (!blocks)
    return note.text
      .split('\n')
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('');
  return blocks.map(blockHtml).join('');
}
