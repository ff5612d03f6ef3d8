/**
 * Markdown exported by document indexes: YAML front matter (`标题:`, `文号:`, `发布单位:` …) gives metadata and is
 * not body text; blocks are separated by blank lines (a single line break inside a block is a soft wrap); `#`
 * headings, `>` quotes and `[text](url)` links keep their text without the markup.
 */
import { foldWidth } from '../../shared/text/normalize';
import { addMetadata } from './metadataRows';
import type { LineSource, SourceLine, SourceMetadata } from './sourceLines';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

function readFrontMatter(yaml: string): SourceMetadata {
  const metadata: SourceMetadata = {};
  for (const line of yaml.split(/\r?\n/u)) {
    const pair = /^\s*([^:#\s][^:]*?)\s*:\s*(.*?)\s*$/u.exec(line);
    if (!pair) continue;
    const value = (pair[2] ?? '').replace(/^(["'])(.*)\1$/u, '$2');
    addMetadata(metadata, pair[1] ?? '', value);
  }
  return metadata;
}

/** A block's text without Markdown markup: heading marks, quote marks, emphasis, links (their text stays). */
function plainText(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    .replace(/\s+#+\s*$/u, '')
    .replace(/^\s{0,3}>\s?/u, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2');
}

export function readMarkdown(source: string): LineSource {
  const text = source.replace(/^\uFEFF/u, '');
  const front = FRONT_MATTER.exec(text);
  const metadata = front ? readFrontMatter(front[1] ?? '') : {};
  const body = front ? text.slice(front[0].length) : text;
  const lines: SourceLine[] = [];
  let block: string[] = [];
  const flush = (): void => {
    // Soft-wrapped Chinese joins directly; Latin words keep a space between them.
    const joined = block
      .reduce(
        (left, right) =>
          /[A-Za-z0-9]$/u.test(left) && /^[A-Za-z0-9]/u.test(right) ? `${left} ${right}` : left + right,
        '',
      )
      .trim();
    if (joined.length > 0) lines.push({ text: foldWidth(joined), page: null, indent: true, full: false });
    block = [];
  };
  for (const line of body.split(/\r\n|\r|\n/u)) {
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    // A heading, a quote line or a list item is a block of its own; other lines are soft-wrapped prose.
    const standalone = /^\s{0,3}(?:#{1,6}\s|>|[-*+]\s|\d+\.\s)/u.test(line);
    if (standalone) flush();
    block.push(plainText(line).trim());
    if (standalone) flush();
  }
  flush();
  return { lines, layout: 'paragraphs', pages: [], furniture: [], metadata };
}
