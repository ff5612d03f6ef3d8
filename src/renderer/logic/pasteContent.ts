/**
 * Sanitising rich text pasted into a note. What is kept: text, paragraphs and line breaks, bold, italic, underline,
 * strikethrough, lists and block quotes — the formats a note has. Dropped with their content: scripts, styles,
 * images and every other embedded or remote resource (img, picture, svg, video, audio, iframe, object, embed, link,
 * meta, template, form controls, canvas). Unwrapped to their text: links (so no URL survives), spans, tables,
 * headings and any other element. Every attribute is removed (no style, class, href, src, on*…).
 */

const KEPT = new Set(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE', 'DEL', 'UL', 'OL', 'LI', 'BLOCKQUOTE']);
/** Block elements whose text becomes a paragraph of its own. */
const AS_PARAGRAPH = new Set(['DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'PRE', 'SECTION', 'ARTICLE']);
const DROPPED =
  'script, style, img, picture, source, svg, math, video, audio, track, iframe, frame, object, embed, link, meta, base, template, noscript, form, input, button, select, textarea, canvas, head, title';

function clean(element: Element, document: Document): void {
  for (const child of [...element.children]) clean(child, document);
  if (element === document.body) return;
  if (KEPT.has(element.tagName)) {
    for (const attribute of [...element.attributes]) element.removeAttribute(attribute.name);
    return;
  }
  if (AS_PARAGRAPH.has(element.tagName)) {
    const paragraph = document.createElement('p');
    paragraph.append(...element.childNodes);
    element.replaceWith(paragraph);
    return;
  }
  element.replaceWith(...element.childNodes);
}

/** The clipboard's HTML as a document holding only the kept elements, ready for `$generateNodesFromDOM`. */
export function sanitizedPasteDocument(html: string, parser: DOMParser): Document {
  const document = parser.parseFromString(html, 'text/html');
  for (const element of document.querySelectorAll(DROPPED)) element.remove();
  clean(document.body, document);
  return document;
}
