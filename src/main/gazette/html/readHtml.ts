/**
 * Official HTML pages (gov.cn) → source lines. Only text is taken — the page is never rendered — from the
 * content container, one paragraph per line; the 发文机关/发文字号/成文日期 table gives metadata. Site chrome
 * (navigation, scripts, share buttons) is left out by reading only the content container when there is one.
 */
import { parseDocument } from 'htmlparser2';
import { type ChildNode, isTag, isText } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { foldWidth } from '../../../shared/text/normalize';
import { addMetadata } from '../metadataRows';
import type { LineSource, SourceLine, SourceMetadata, SourceTable } from '../sourceLines';
import { GazetteImportError } from '../errors';
import { dataTableRows, isMetadataTable } from './htmlTables';

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'ul',
  'ol',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'object',
  'embed',
  'template',
  'head',
  'title',
  'button',
  'select',
]);
const CONTENT_IDS = ['UCAP-CONTENT', 'zoom', 'content', 'Zoom'];
const CONTENT_CLASSES = /\b(?:pages_content|TRS_Editor|article-content|b12c|content)\b/u;

const squeeze = (text: string): string => foldWidth(text).replace(/\s+/gu, '');

function contentRoot(nodes: ChildNode[]): ChildNode[] {
  for (const id of CONTENT_IDS) {
    const found = findOne((element) => getAttributeValue(element, 'id') === id, nodes, true);
    if (found) return [found];
  }
  const byClass = findOne((element) => CONTENT_CLASSES.test(getAttributeValue(element, 'class') ?? ''), nodes, true);
  const body = findOne((element) => element.name === 'body', nodes, true);
  return byClass ? [byClass] : body ? [body] : nodes;
}

interface HtmlLine {
  text: string;
  table?: SourceTable;
}

/**
 * Text lines of a subtree: block elements and <br> break lines; a data table is one line carrying its rows; cells
 * of a layout table are separated by two spaces; the metadata table is left out (it is read by readMetadata).
 */
function linesOf(nodes: ChildNode[]): HtmlLine[] {
  const lines: HtmlLine[] = [];
  let current = '';
  const breakLine = (): void => {
    if (current.trim().length > 0) lines.push({ text: current.trim() });
    current = '';
  };
  const walk = (node: ChildNode): void => {
    if (isText(node)) {
      current += node.data.replace(/\s+/gu, ' ');
      return;
    }
    if (!isTag(node) || SKIP.has(node.name)) return;
    if (node.name === 'table') {
      if (isMetadataTable(node)) return;
      const rows = dataTableRows(node);
      if (rows) {
        breakLine();
        lines.push({ text: rows.map((row) => row.join('  ')).join('  '), table: { rows, grid: true } });
        return;
      }
    }
    const block = BLOCK.has(node.name);
    if (block) breakLine();
    if (node.name === 'td' || node.name === 'th') current += '  ';
    node.children.forEach(walk);
    if (block) breakLine();
  };
  nodes.forEach(walk);
  breakLine();
  return lines;
}

/** gov.cn's metadata table: label cells (`发文字号：`) followed by value cells. */
function readMetadata(nodes: ChildNode[]): SourceMetadata {
  const metadata: SourceMetadata = {};
  const cells = findAll((element) => element.name === 'td' || element.name === 'th', nodes);
  cells.forEach((cell, index) => {
    const value = cells[index + 1];
    if (value) addMetadata(metadata, squeeze(textContent(cell)).replace(/[:：]$/u, ''), textContent(value));
  });
  return metadata;
}

/**
 * Real pages nest a few dozen elements deep; the readers below (ours and domutils') recurse per level, so a
 * hostile page nested thousands deep would overflow the stack. Measured without recursion, and refused above this.
 */
export const MAX_HTML_DEPTH = 500;

function deepestNesting(nodes: readonly ChildNode[]): number {
  let deepest = 0;
  const pending: [ChildNode, number][] = nodes.map((node) => [node, 1]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_HTML_DEPTH) break;
    if (isTag(node)) for (const child of node.children) pending.push([child, depth + 1]);
  }
  return deepest;
}

export function readHtml(html: string): LineSource {
  const document = parseDocument(html, { decodeEntities: true });
  const depth = deepestNesting(document.children);
  if (depth > MAX_HTML_DEPTH) throw new GazetteImportError('too-deep', `more than ${MAX_HTML_DEPTH} levels`);
  const lines: SourceLine[] = linesOf(contentRoot(document.children)).map(({ text, table }) => ({
    text: foldWidth(text).trim(),
    page: null,
    indent: true,
    full: false,
    ...(table ? { table } : {}),
  }));
  return { lines, layout: 'paragraphs', pages: [], furniture: [], metadata: readMetadata(document.children) };
}
