/**
 * The files an import takes, by name: the renderer's file picker and drop, and the `gazette import` command's walk
 * of a folder all use this one list. The parser then tells text, PDF and HTML apart by content, not by extension (Markdown by its extension or front matter).
 */
export const IMPORTABLE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.pdf', '.html', '.htm'];

/** The kinds of file named to a person wherever the app says what it imports. */
export const IMPORTABLE_KINDS = 'TXT、Markdown、PDF、HTML';

export function isImportable(fileName: string): boolean {
  const name = fileName.toLowerCase();
  return IMPORTABLE_EXTENSIONS.some((extension) => name.endsWith(extension));
}
